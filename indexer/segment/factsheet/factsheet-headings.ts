// Headings of a Lanzarote factsheet and what each one says about the text under it:
// a numbered chapter ("II. Legal frameworks") gives the themes, a sub-heading
// ("Observations and recommendations … specific to the Czech Republic", "Generic
// recommendations …") gives the addressee, "Promising practice(s)" opens practice
// blocks, anything else is a topic heading inside the sub-heading.
import type { Item } from '../../../core/schema.js';
import type { Line } from '../../types.js';

export type Addressee = NonNullable<Item['addressee']>;

export type FactsheetHeading =
  | { kind: 'chapter'; numeral: string; text: string; themes: string[] }
  | { kind: 'sub'; text: string; addressee?: Addressee; observations: boolean }
  | { kind: 'practice'; text: string }
  | { kind: 'topic'; text: string };

const CHAPTER = /^([IVXL]+)\.\s+(\S.*)$/;
/** A table-of-contents entry ends with its page number after a tab or dot leaders. */
const TOC_ENTRY = /^[IVXL]+\.\s.*(?:\t|\.{3,})\s*\d{1,3}\s*$/;
/** Chapter VIII's heading and sub-headings run past 200 characters; prose paragraphs are longer. */
const MAX_HEADING = 260;
const PRACTICE = /^promising practices?$/i;
/** Sub-headings under which the Committee's own statements stand (observations, recommendations). */
const COMMITTEE_SUB_HEADING = /^(?:observations?|generic recommendations?|recommendations?)\b/i;
const OTHER_SUB_HEADING = /^key findings\b/i;
const FOOTNOTE_MARKER = /[⁰¹²³⁴⁵⁶⁷⁸⁹]|\^\{/;
const BULLET = /^\s*[-•▪–]\s+/;

/** Heading text as printed, without the markdown-like bold of the conversion. */
export function headingText(line: Line): string {
  return line.text.replace(/\*\*/g, '').trim();
}

export function isTocEntry(line: Line): boolean {
  return TOC_ENTRY.test(line.text.trim());
}

/**
 * A heading stands alone between blank lines, is short, carries no footnote marker and does
 * not end like a sentence or a lead-in (".", ":", ";"). Prose always ends with punctuation here.
 */
export function looksLikeHeading(line: Line, next: Line | undefined): boolean {
  const t = headingText(line);
  if (!line.gapBefore || t === '' || BULLET.test(line.text) || t.length > MAX_HEADING || t.includes('\t')) return false;
  if (/[.;:,!?]["”’]?$/.test(t) || FOOTNOTE_MARKER.test(t)) return false;
  return next === undefined || next.gapBefore;
}

/** Index of the first chapter heading of the body; everything before it is title page and contents. */
export function firstChapterIndex(lines: Line[]): number {
  return lines.findIndex((l, i) => CHAPTER.test(headingText(l)) && !isTocEntry(l) && looksLikeHeading(l, lines[i + 1]));
}

export function readHeading(text: string): FactsheetHeading {
  const chapter = CHAPTER.exec(text);
  if (chapter) return { kind: 'chapter', numeral: chapter[1], text, themes: themesOfChapter(chapter[2]) };
  if (PRACTICE.test(text)) return { kind: 'practice', text };
  const addressee = addresseeOfHeading(text);
  if (addressee || COMMITTEE_SUB_HEADING.test(text)) return { kind: 'sub', text, addressee, observations: true };
  if (OTHER_SUB_HEADING.test(text)) return { kind: 'sub', text, observations: false };
  return { kind: 'topic', text };
}

/** Sub-headings say whose section it is: "… specific to the Czech Republic" or "Generic …". */
export function addresseeOfHeading(heading: string): Addressee | undefined {
  if (/^Generic\b/i.test(heading)) return 'all-parties';
  if (/\bspecific to\b/i.test(heading)) return 'state';
  return undefined;
}

const CHAPTER_THEMES: [RegExp, string][] = [
  [/legal framework/i, 'legal-framework'],
  [/investigation|prosecution/i, 'investigation-prosecution'],
  [/jurisdiction/i, 'jurisdiction'],
  [/international co-?operation/i, 'international-cooperation'],
  [/assistance to victims|victim assistance/i, 'victim-assistance'],
  [/civil society/i, 'civil-society'],
  [/awareness/i, 'awareness-prevention'],
  [/education for children/i, 'education'],
  [/curricul|training/i, 'training-professionals'],
  [/research|data collection/i, 'data-research'],
  // The whole monitoring round is about ICT-facilitated abuse, so the chapter title is the only
  // evidence that a chapter is about ICT itself (VIII: children sharing images and/or videos of
  // themselves). Items elsewhere that speak of ICTs get online-ict from the keyword stage.
  [/\bICTs?\b|\bonline\b|\binternet\b|images and\/or videos/i, 'online-ict'],
];

/** Theme ids a chapter heading names. */
export function themesOfChapter(heading: string): string[] {
  return CHAPTER_THEMES.filter(([re]) => re.test(heading)).map(([, id]) => id);
}
