// Headings of a Lanzarote factsheet and what each one says about the text under it:
// a numbered chapter ("II. Legal frameworks", "2. Criminal law framework") gives the
// themes, a sub-heading ("Observations and recommendations … specific to <State>",
// "Generic recommendations …", "Findings", "Recommandations") gives the addressee and
// whether the Committee speaks under it, "Promising practice(s)" opens practice blocks,
// anything else is a topic heading inside the sub-heading. The words are the series
// profile's (English and French).
import type { Item } from '../../../core/schema.js';
import type { Line } from '../../types.js';
import { lanzarote } from '../../series/lanzarote.js';

export type Addressee = NonNullable<Item['addressee']>;

export type FactsheetHeading =
  | { kind: 'chapter'; numeral: string; text: string; themes: string[] }
  | { kind: 'sub'; text: string; addressee?: Addressee; observations: boolean }
  | { kind: 'practice'; text: string }
  | { kind: 'topic'; text: string };

/** "II. Legal frameworks", "2. Criminal law framework": chapters in roman or arabic numerals. */
const CHAPTER = /^([IVXL]+|\d{1,2})\.\s+(\S.*)$/;
/** A table-of-contents entry ends with its page number after a tab or dot leaders. */
const TOC_ENTRY = /^(?:[IVXL]+|\d{1,2})\.\s.*(?:\t|\.{3,})\s*\d{1,3}\s*$/;
/** Chapter VIII's heading and sub-headings run past 200 characters; prose paragraphs are longer. */
const MAX_HEADING = 260;
const HEADINGS = lanzarote.headings!;
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
  if (HEADINGS.practice.test(text)) return { kind: 'practice', text };
  if (HEADINGS.other.test(text)) return { kind: 'sub', text, observations: false };
  const addressee = addresseeOfHeading(text);
  if (addressee || HEADINGS.observations.test(text) || HEADINGS.recommendations.test(text)) return { kind: 'sub', text, addressee, observations: true };
  return { kind: 'topic', text };
}

/** Sub-headings say whose section it is: "… specific to <State>" or "Generic …". */
export function addresseeOfHeading(heading: string): Addressee | undefined {
  if (HEADINGS.generic.test(heading)) return 'all-parties';
  if (HEADINGS.specific.test(heading)) return 'state';
  return undefined;
}

const CHAPTER_THEMES: [RegExp, string][] = [
  [/legal framework|criminal law|cadres? juridiques?|droit pénal/i, 'legal-framework'],
  [/investigation|prosecution|enquêtes?|poursuites?/i, 'investigation-prosecution'],
  [/jurisdiction|compétence/i, 'jurisdiction'],
  [/international co-?operation|coopération internationale/i, 'international-cooperation'],
  [/assistance to victims|victim assistance|assistance aux victimes/i, 'victim-assistance'],
  [/civil society|société civile/i, 'civil-society'],
  [/awareness|sensibilisation/i, 'awareness-prevention'],
  [/education for children|éducation des enfants/i, 'education'],
  [/curricul|training|formation/i, 'training-professionals'],
  [/research|data collection|recherche|collecte de données/i, 'data-research'],
  // The whole monitoring round is about ICT-facilitated abuse, so the chapter title is the only
  // evidence that a chapter is about ICT itself (VIII: children sharing images and/or videos of
  // themselves). Items elsewhere that speak of ICTs get online-ict from the keyword stage.
  [/\bICTs?\b|\bTIC\b|\bonline\b|\ben ligne\b|\binternet\b|images and\/or videos|images et\/ou vidéos/i, 'online-ict'],
];

/** Theme ids a chapter heading names. */
export function themesOfChapter(heading: string): string[] {
  return CHAPTER_THEMES.filter(([re]) => re.test(heading)).map(([, id]) => id);
}
