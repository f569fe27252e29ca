// The shape of the gold tables of the UN review documents: what a careful reader sees in a
// document, item by item, written before the reader ran on it. One table serves the text and
// the PDF rendition of a document.
import type { Item } from '../../core/schema.js';

export interface GoldItem {
  /** The id suffix within the document ("rec/118.1", "para/12", "pos/97.3"). */
  key: string;
  type: Item['type'];
  number?: string;
  /** The item's text opens with this … */
  starts: string;
  /** … and ends with this (as cleaned: markers out, spaces single). */
  ends?: string;
  /** The recommending States, as printed, in order. */
  states?: string[];
  position?: 'supported' | 'noted';
  /** The explanation opens with this. */
  explanation?: string;
  urgency?: Item['urgency'];
  urgencyVerb?: string;
  /** The issuing body when it is not the document's (a committee quoted by a compilation). */
  body?: string;
  /** Key of the item this one is part of. */
  parent?: string;
  /** Id (document/key) of the item this one answers, once both documents are indexed. */
  respondsTo?: string;
  /** Footnote numbers attached, in order. */
  footnotes?: number[];
  /** Symbols of the documents its notes cite, in order. */
  cites?: string[];
  section?: string[];
  /** Abbreviations of the stakeholders it cites, resolved from the document's own list. */
  stakeholders?: { abbreviation: string; name: string }[];
  note: string;
}

export interface GoldDocument {
  /** Path from the repository root. */
  file: string;
  kind: string;
  /** Metadata as read from the title block (no manifest entry). */
  meta: {
    title: string;
    body: string;
    year: number;
    symbol: string;
    session?: number;
    round?: string;
    country?: string;
  };
  /** Items by type. */
  counts: Partial<Record<Item['type'], number>>;
  /** Types whose items `items` lists completely, in document order. */
  complete: Item['type'][];
  items: GoldItem[];
  /** Footnotes the document prints, all resolved to their markers. */
  footnotes?: number;
}
