// What an item is called in lists, on its page and in the tab title. People must tell items
// apart at a glance: a number when the document prints one ("Recommendation II-6"), and the
// item's own words where its title is only the sentence that introduces a list ("The Committee
// invites all Parties, including …:") or where it has no title or number at all (a promise
// found inside a reply).
import type { Item } from '../../../core/schema.js';
import { truncateWords } from './highlight.js';
import { itemLabel } from '../../../core/citation.js';
import { typeLabel, typePluralLabel } from './labels.js';

export { itemLabel };

type Named = Pick<Item, 'id' | 'document' | 'type' | 'number' | 'title' | 'text'>;

/** Characters of the item's text used as its subject when it has no title of its own. */
const SUBJECT_CHARS = 110;

/** A title ending in a colon introduces what follows: it names no item in particular. */
export const isLeadIn = (title: string | undefined): boolean => title !== undefined && /:\s*$/.test(title);

export interface ItemHeadingParts {
  /** "Recommendation II-6", when the item has a number. */
  label?: string;
  /** The item's own title, or the start of its text when the title is a lead-in or there is neither title nor number. */
  subject?: string;
  /** True when `subject` is the item's title (search highlights apply to it). */
  subjectIsTitle: boolean;
}

/**
 * `withWords`: give a numbered item without a title its words too, where no text is shown
 * next to the heading (a timeline entry, a list of links).
 */
export function itemHeadingParts(item: Named, withWords = false): ItemHeadingParts {
  const number = itemLabel(item);
  // "Recommendations V-4, V-7, V-12, V-15": one item standing for several numbers.
  const label = number === undefined ? undefined : `${number.includes(', ') ? typePluralLabel(item.type) : typeLabel(item.type)} ${number}`;
  if (item.title && !isLeadIn(item.title)) return { label, subject: item.title, subjectIsTitle: true };
  const needsWords = withWords || label === undefined || isLeadIn(item.title);
  return { label, subject: needsWords ? truncateWords(item.text, SUBJECT_CHARS) || typeLabel(item.type) : undefined, subjectIsTitle: false };
}

/** The heading as one line of text: "Recommendation II-1 – to introduce a definition of …". */
export function itemHeading(item: Named, withWords = false): string {
  const { label, subject } = itemHeadingParts(item, withWords);
  return [label, subject].filter((part) => part !== undefined).join(' – ');
}
