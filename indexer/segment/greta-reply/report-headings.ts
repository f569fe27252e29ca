// Headings of GRETA reports and of the replies ordered like them: which line is a heading,
// and where it sits in the section path. A series prints its levels in forms ("III. …",
// "2. …", "b. …", "Article 12 – …", or plain words); chapters and appendices are the top,
// and the other forms rank in the order the document first uses them, so a reply that opens
// with "Information on …" above its article headings nests them under it.
import type { HeadingForm } from '../../series/types.js';

const MAX_HEADING = 160;
const MAX_HEADING_WORDS = 24;

/** Bold marks and footnote markers do not change what a line says. */
export const plainLine = (text: string): string => text.replace(/\*\*/g, '').replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '').trim();

/** A short line that names rather than states: no closing punctuation, a capital or a label first. */
export function isHeadingLike(text: string): boolean {
  const t = plainLine(text);
  if (t === '' || t.length > MAX_HEADING || t.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (/^[-–•▪◦*]\s/.test(t) || t.includes('\t')) return false;
  // Closing punctuation, perhaps with a note number glued to it as plain digits ("adults:1").
  if (/[.;:,!?]["”’»]?\d{0,3}$/.test(t)) return false;
  return /^(?:[IVXLC]{1,6}\.\s+|\d{1,2}\.\s+|[a-z][.)]\s+)?["“«(]?[\p{Lu}\d]/u.test(t);
}

export interface SectionStack {
  /** A heading as printed: it closes the headings at its level and below. */
  push(text: string): void;
  readonly path: string[];
}

export function sectionStack(forms: readonly HeadingForm[]): SectionStack {
  const levels = new Map<string, number>();
  let entries: { text: string; level: number }[] = [];
  const levelOf = (text: string) => {
    const form = forms.find((f) => f.pattern.test(text));
    if (form?.top) return 0;
    const name = form?.form ?? 'plain';
    if (!levels.has(name)) levels.set(name, levels.size + 1);
    return levels.get(name)!;
  };
  return {
    push(text) {
      const level = levelOf(text);
      entries = entries.filter((e) => e.level < level);
      entries.push({ text, level });
    },
    get path() {
      return entries.map((e) => e.text);
    },
  };
}
