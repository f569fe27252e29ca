// Gold tables for documents written as fixtures: every item a reader must give, in document
// order, with the fields a person reads off the page. Written before the reader runs on the
// document, so they say what the document is, not what a reader made of it.
import type { Item } from '../../core/schema.js';

export interface GoldItem {
  /** The id after "<document>/": "rec/2/1", "para/73", "q/1.1", "a/3/AL". */
  key: string;
  type: Item['type'];
  /** The document's own label; `undefined` (absent) means the item has none. */
  number?: string;
  /** First words of the clean text (markers, emphasis and bullet taken out). */
  starts: string;
  /** Last words of the clean text, when the end is worth checking (a page-break split, a list). */
  ends?: string;
  urgency?: Item['urgency'];
  urgencyVerb?: string;
  addressee?: Item['addressee'];
  parentKey?: string;
  respondsToKey?: string;
  /** A compilation's answer: the Party's country code. */
  country?: string;
  title?: string;
  section?: string[];
  /** Numbers of the notes whose markers the item carries (absent: none). */
  footnotes?: number[];
  /** Text the item must contain (a join across a page break, a list kept inside). */
  contains?: string[];
  /** Text the item must not contain (a question that is not this item's, a page number). */
  lacks?: string[];
  note?: string;
}

export interface GoldDocument {
  /** File name in the family's fixtures folder. */
  file: string;
  /** Manifest entry as a person would write it for this document. */
  meta: {
    id: string;
    title: string;
    body: string;
    year?: number;
    round?: string;
    country?: string;
    kind: string;
    /** The implementation report the document's notes cite (document id). */
    cites?: string;
  };
  /** Every item, in document order. */
  items: GoldItem[];
  /** Structure the document sets as a trap, said in words. */
  traps: string[];
}
