// Lanzarote Committee factsheets: chapters (II. Legal frameworks …) with observations,
// recommendations graded require / request / invite, and promising practices.
//
// A recommendation is either a bullet governed by a lead-in ("The Committee **invites** all
// Parties, including the Czech Republic:") or a paragraph or bullet that governs itself
// ("- The Committee **requests** that …"). A governed bullet takes its grading and
// addressee from the lead-in, even when it later says "the Committee invites" again.
//
// Sub-bullets stay inside their recommendation. The converter's indentation cannot be
// trusted for that (a page break flattens it, and one indented bullet in chapter X is a
// recommendation of its own), so a bullet is a sub-bullet when the bullet before it opened
// a list (ends with ":") or already has sub-bullets, and it does not itself read like a
// recommendation: an infinitive ("to …", the form of every governed bullet) or a graded sentence.
//
// Observations introduced by an ungraded lead-in ("… as the Czech Republic has:") are one
// item per bullet, each the child of the lead-in item: every bullet is a finding of its own
// citing its own paragraphs of the report, and a search hit on one should not return all.
import type { DocumentKind, DraftItem, Line, SegmentResult } from '../../types.js';
import { addresseeOf, gradingOf } from './factsheet-grading.js';
import type { Grading } from '../../series/index.js';
import { lanzarote } from '../../series/lanzarote.js';
import { detector, occurrences, type Feature } from '../detect.js';
import { firstChapterIndex, headingText, looksLikeHeading, readHeading, type Addressee } from './factsheet-headings.js';

const BULLET = /^\s*[-•▪–]\s+/;
/** A lead-in ends with ":" (a footnote marker may follow it). */
const OPENS_LIST = /:\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\{[\d,\s]+\})?\s*$/;
/** "1. The Committee requires …": a recommendation numbered as the factsheet prints it. */
const NUMBER_LABEL = /^(\s*)(\d{1,3})\.\s+(?=\S)/;
/** "a. step-parents …", "(b) persons …": lettered parts of the item above. */
const LETTERED = /^\s*(?:[a-z][.)]|\([a-z]\))\s+\S/;

type GovernedList =
  | { kind: 'recommendation'; grading: Grading; addressee?: Addressee; leadIn: string }
  | { kind: 'prose'; leadIn: string; leadKey: string };

interface Place {
  chapter?: { numeral: string; heading: string; themes: string[] };
  sub?: string;
  subAddressee?: Addressee;
  /** Under an observations / recommendations sub-heading prose is the Committee's observation. */
  observations: boolean;
  inPractice: boolean;
  topic?: string;
}

const PREFIX: Partial<Record<DraftItem['type'], string>> = { recommendation: 'rec', observation: 'obs', practice: 'practice' };

export function segmentFactsheet(lines: Line[]): SegmentResult {
  const items: DraftItem[] = [];
  const headings: SegmentResult['headings'] = [];
  const ordinals = new Map<string, number>();
  let place: Place = { observations: false, inPractice: false };
  let list: GovernedList | undefined;
  let current: DraftItem | undefined;
  let currentHasSubBullets = false;
  let previousWasTopic = false;
  /** A recommendation whose dash items are its parts, not recommendations of their own. */
  let partsOf: DraftItem | undefined;

  const proseType = (): DraftItem['type'] => (place.inPractice ? 'practice' : place.observations ? 'observation' : 'paragraph');
  const push = (line: Line, fields: Omit<DraftItem, 'key' | 'text' | 'start' | 'end'>): DraftItem => {
    // "rec/II/3" (chapter, ordinal) cannot be mistaken for the report's own "rec/II-3",
    // the name the id stage gives a recommendation from the id it cites.
    const prefix = `${PREFIX[fields.type] ?? 'para'}/${place.chapter?.numeral ?? '0'}`;
    const n = (ordinals.get(prefix) ?? 0) + 1;
    ordinals.set(prefix, n);
    const section = [place.chapter?.heading, place.sub, place.topic].filter((s): s is string => !!s);
    const number = BULLET.test(line.text) ? undefined : NUMBER_LABEL.exec(line.text)?.[2];
    const text = number ? line.text.replace(NUMBER_LABEL, '$1') : line.text;
    const item: DraftItem = { key: `${prefix}/${n}`, text, start: line.start, end: line.end, section, ...(number ? { number } : {}), ...fields };
    if (place.chapter?.themes.length) item.themeHints = place.chapter.themes;
    items.push(item);
    current = item;
    currentHasSubBullets = false;
    return item;
  };
  const recommendation = (line: Line, grading: Grading, addressee: Addressee | undefined, title?: string) =>
    push(line, { type: 'recommendation', urgency: grading.urgency, urgencyVerb: grading.verb, ...(addressee ? { addressee } : {}), ...(title ? { title } : {}) });

  const start = Math.max(0, firstChapterIndex(lines));
  for (const line of lines.slice(0, start)) headings.push({ start: line.start, end: line.end }); // title page, contents

  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (looksLikeHeading(line, lines[i + 1])) {
      headings.push({ start: line.start, end: line.end });
      const text = headingText(line);
      const heading = readHeading(text);
      if (heading.kind === 'chapter') {
        place = { chapter: { numeral: heading.numeral, heading: text, themes: heading.themes }, observations: false, inPractice: false };
      } else if (heading.kind === 'sub') {
        place = { chapter: place.chapter, sub: text, subAddressee: heading.addressee, observations: heading.observations, inPractice: false };
      } else if (heading.kind === 'practice') {
        place = { chapter: place.chapter, sub: text, observations: false, inPractice: true };
      } else if (previousWasTopic && text.startsWith('(')) {
        place.topic = `${place.topic} ${text}`; // "… was committed" / "(Article 25(6))": one heading wrapped
      } else {
        place.topic = text;
      }
      previousWasTopic = heading.kind === 'topic';
      list = undefined;
      current = undefined;
      continue;
    }
    previousWasTopic = false;
    const bullet = BULLET.test(line.text);
    const body = line.text.trim().replace(BULLET, '');
    const urgency = gradingOf(body);
    const opensParts = current && (OPENS_LIST.test(current.text) || currentHasSubBullets);
    if (current && ((LETTERED.test(line.text) && opensParts) || (bullet && partsOf === current))) {
      // Lettered parts ("a. …;" / "b. …") or the dash items of a recommendation that governs
      // none of them ("… disaggregated:" / "- by sex …") are the item's own text.
      current.text += '\n' + line.text;
      current.end = line.end;
      currentHasSubBullets = true;
      continue;
    }
    partsOf = undefined;

    if (bullet && current && BULLET.test(current.text) && (OPENS_LIST.test(current.text) || currentHasSubBullets) && !urgency && !/^to\b/i.test(body)) {
      current.text += '\n' + line.text;
      current.end = line.end;
      currentHasSubBullets = true;
      continue;
    }
    if (bullet) {
      if (list?.kind === 'recommendation' && (!urgency || /^to\b/i.test(body))) {
        recommendation(line, list.grading, list.addressee, list.leadIn);
      } else if (urgency) {
        list = undefined; // a bullet that governs itself ends the lead-in's list
        recommendation(line, urgency, addresseeOf(body, place.subAddressee));
      } else if (list?.kind === 'prose') {
        push(line, { type: proseType(), title: list.leadIn, parentKey: list.leadKey });
      } else {
        push(line, { type: proseType() });
      }
      continue;
    }
    list = undefined;
    if (OPENS_LIST.test(body) && lines[i + 1] && BULLET.test(lines[i + 1].text)) {
      if (urgency && !governs(body, lines[i + 1].text.trim().replace(BULLET, ''))) {
        partsOf = recommendation(line, urgency, addresseeOf(body, place.subAddressee));
      } else if (urgency) {
        // A graded lead-in is part of each recommendation's wording (kept as its title),
        // not an item of its own: structure, like a heading.
        list = { kind: 'recommendation', grading: urgency, addressee: addresseeOf(body, place.subAddressee), leadIn: line.text.trim() };
        headings.push({ start: line.start, end: line.end });
        current = undefined;
      } else {
        const lead = push(line, { type: proseType() });
        list = { kind: 'prose', leadIn: line.text.trim(), leadKey: lead.key };
      }
      continue;
    }
    if (urgency) recommendation(line, urgency, addresseeOf(body, place.subAddressee));
    else push(line, { type: proseType() });
  }
  return { items, headings };
}

/**
 * A graded lead-in governs its bullets when they complete its sentence: each opens with an
 * infinitive ("to …", "à …") or the lead-in ends on "that:" / "que :". Otherwise the lead-in
 * is a recommendation of its own and its dash items specify it ("… disaggregated:" / "- by sex").
 */
function governs(leadIn: string, firstBullet: string): boolean {
  const plain = leadIn.replace(/\*\*/g, '').replace(/(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\{[\d,\s]+\})\s*$/, '');
  return !!lanzarote.governedOpenings?.test(firstBullet) || !!lanzarote.governingLeadIn?.test(plain);
}

/** The title page names the kind; the Committee's graded sentences and numbered chapters confirm it. */
export const FACTSHEET_FEATURES: readonly Feature[] = [
  { label: 'the title block says "factsheet"', weight: 2, count: (_, head) => occurrences(/\bfact\s?sheet\b|\bfiche d['’]information\b/i, head) },
  { label: 'the Lanzarote Committee is named', weight: 1, count: (text) => (lanzarote.bodies[0].printed.test(text) ? 1 : 0) },
  { label: '{n} sentences graded by the Committee', weight: 1, count: (text) => lanzarote.grading.reduce((n, g) => n + occurrences(g.pattern, text.replace(/\*\*/g, '')), 0) },
  { label: '{n} chapters numbered in roman numerals', weight: 1, atLeast: 3, count: (text) => occurrences(/^\**[IVXL]+\.\s+\p{Lu}/mu, text) },
  { label: '{n} chapter headings numbered in arabic numerals', weight: 1, atLeast: 3, count: (text) => occurrences(/^\d{1,2}\.\s+\p{Lu}[^.:?!\n]{0,80}$/mu, text) },
];

export const factsheetKind: DocumentKind = {
  kind: 'factsheet',
  detect: detector(FACTSHEET_FEATURES, 4),
  segment: (layout) => segmentFactsheet(layout.lines),
};
