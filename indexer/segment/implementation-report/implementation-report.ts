// Lanzarote Committee implementation reports: chapters ("II. Legal frameworks"), topic
// headings, numbered paragraphs ("73. …", one item each, the number as printed, so that a
// factsheet's "Para. 73" finds it) and the Committee's recommendations: boxes labelled as the
// report labels them ("R II-6 …", "Recommendation II-6" on a line of its own, "[II-6] …") and
// graded sentences inside paragraphs, labelled or not (children of their paragraph). A
// paragraph that is one graded sentence and nothing else is itself the recommendation.
//
// A line that does not open a paragraph, a box or a heading goes on the unit above it (the
// paragraph's own lists "(a) …", "1. …", "- …", the rest of a sentence cut by a page break);
// after a blank line, unnumbered prose is a paragraph of its own (an executive summary).
// Paragraph numbers run on: "1." after paragraph 7 is a list item, not paragraph 1.
import type { DocumentKind, DraftItem, Layout, Line, SegmentResult } from '../../types.js';
import { detector, occurrences, type Feature } from '../detect.js';
import { lanzarote } from '../../series/lanzarote.js';
import { addresseeOf } from '../factsheet/factsheet-grading.js';
import { headingText, looksLikeHeading, themesOfChapter } from '../factsheet/factsheet-headings.js';
import { gradedParts, labelAtStart } from './report-recommendations.js';

const PARAGRAPH = /^(\s*)(\d{1,3})\.\s+(?=\S)/;
const CHAPTER = /^(?:[IVXL]+|\d{1,2})\.\s+\S/;
/** Paragraph numbers may skip a few (a deleted paragraph), never run backwards. */
const MAX_SKIP = 3;

interface Unit {
  kind: 'paragraph' | 'box' | 'prose';
  number?: string;
  label?: string;
  section: string[];
  /** Themes its chapter's heading names (the report's chapters are the factsheets'). */
  themes: string[];
  /** Lines with the part of each that is the unit's text (after its number or label). */
  pieces: { line: Line; from: number }[];
}

const isProse = (line: Line) => PARAGRAPH.test(line.text) || (line.text.trim().length >= 60 && /[.:;!?]["”’)]?[⁰¹²³⁴⁵⁶⁷⁸⁹]*$/.test(line.text.trim()));

/** The title page ends at the first heading or numbered paragraph followed by running text. */
function bodyStart(lines: readonly Line[], isDropped: (l: Line) => boolean): number {
  const i = lines.findIndex((l, k) => !isDropped(l) && lines[k + 1] && (PARAGRAPH.test(l.text) ? isProse(l) : looksLikeHeading(l, lines[k + 1]) && isProse(lines[k + 1])));
  return Math.max(0, i);
}

export function segmentImplementationReport(layout: Layout): SegmentResult {
  const { lines, source } = layout;
  const items: DraftItem[] = [];
  const headings: SegmentResult['headings'] = [];
  const labels: NonNullable<SegmentResult['labels']> = [];
  const isDropped = (l: Line) => layout.dropped.some((d) => d.start <= l.start && l.end <= d.end);
  const used = new Set<string>();
  let chapter: string | undefined;
  let topic: string | undefined;
  let unit: Unit | undefined;
  let lastNumber = 0;
  let prose = 0;

  const uniqueKey = (key: string) => {
    let k = key;
    for (let n = 2; used.has(k); n++) k = `${key}~${n}`;
    used.add(k);
    return k;
  };
  const close = () => {
    if (unit && unit.pieces.some((p) => p.line.text.slice(p.from).trim() !== '')) items.push(...unitItems(unit, source, uniqueKey, prose));
    unit = undefined;
  };
  const open = (kind: Unit['kind'], line: Line, from: number, fields: Partial<Unit> = {}) => {
    close();
    if (kind === 'prose') prose++;
    const themes = chapter ? themesOfChapter(chapter) : [];
    unit = { kind, section: [chapter, topic].filter((s): s is string => !!s), themes, pieces: [{ line, from }], ...fields };
  };

  const start = bodyStart(lines, isDropped);
  lines.slice(0, start).forEach((l) => headings.push({ start: l.start, end: l.end })); // title page, contents
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text;
    const numbered = PARAGRAPH.exec(text);
    const n = numbered ? Number(numbered[2]) : 0;
    // A label opens a box when it stands alone or before the Committee's graded words; a
    // sentence that starts by citing one ("Recommendation II-6 of the first report was …") is prose.
    const labelled = labelAtStart(text);
    const label = labelled && (text.slice(labelled.end).trim() === '' || gradedParts(text.slice(labelled.end))[0]?.start === 0) ? labelled : undefined;
    const heading = looksLikeHeading(line, lines[i + 1]);
    if (isDropped(line)) headings.push({ start: line.start, end: line.end });
    else if (numbered && !heading && n > lastNumber && (lastNumber === 0 || n <= lastNumber + MAX_SKIP)) {
      lastNumber = n;
      open('paragraph', line, numbered[0].length, { number: String(n) });
    } else if (label) {
      labels.push({ start: line.start + label.index, end: line.start + label.end });
      open('box', line, label.end, { label: label.id });
    } else if (heading) {
      close();
      headings.push({ start: line.start, end: line.end });
      if (CHAPTER.test(headingText(line))) [chapter, topic] = [headingText(line), undefined];
      else topic = headingText(line);
    } else if (unit && (!line.gapBefore || /^\s*(?:\p{Ll}|[-•–(]|\d{1,2}[.)]\s)/u.test(text) || unit.pieces.every((p) => p.line.text.slice(p.from).trim() === ''))) {
      unit.pieces.push({ line, from: 0 });
    } else open('prose', line, 0);
  }
  close();
  return { items, headings, labels };
}

/** Where position `at` of a line's text stands in the source (lines joined over a page break differ from it). */
function sourceAt(line: Line, at: number, source: string): number {
  if (source.slice(line.start, line.end) === line.text) return line.start + at;
  const probe = line.text.slice(at, at + 24);
  const found = source.indexOf(probe, line.start);
  return found >= 0 && found < line.end ? found : line.start;
}

function unitItems(unit: Unit, source: string, uniqueKey: (k: string) => string, prose: number): DraftItem[] {
  // The unit's text, and for each of its characters the line and position it comes from.
  let text = '';
  const origin: { line: Line; at: number }[] = [];
  for (const { line, from } of unit.pieces) {
    if (text !== '') { text += '\n'; origin.push({ line, at: from }); }
    for (let k = from; k < line.text.length; k++) origin.push({ line, at: k });
    text += line.text.slice(from);
  }
  const first = unit.pieces[0];
  const last = unit.pieces[unit.pieces.length - 1].line;
  const offset = (pos: number) => (pos >= text.length ? last.end : sourceAt(origin[pos].line, origin[pos].at, source));
  const common = { section: unit.section, ...(unit.themes.length ? { themeHints: unit.themes } : {}) };
  const base: Omit<DraftItem, 'key' | 'type'> = { text: text.trim(), start: first.line.start, end: last.end, ...common };
  const parts = gradedParts(text);
  const graded = (p: (typeof parts)[number]) => {
    const words = text.slice(p.textStart, p.end).trim();
    const addressee = addresseeOf(words, undefined);
    return { urgency: p.grading.urgency, urgencyVerb: p.grading.verb, ...(addressee ? { addressee } : {}) };
  };

  if (unit.kind === 'box') {
    const grading = parts[0] ? graded(parts[0]) : {};
    return [{ ...base, key: uniqueKey(`rec/${unit.label}`), type: 'recommendation', number: unit.label, ...grading }];
  }
  const key = unit.kind === 'paragraph' ? `para/${unit.number}` : `p/${prose}`;
  const own = unit.number ? { number: unit.number } : {};
  if (parts.length === 1 && parts[0].start === 0 && !parts[0].label) {
    return [{ ...base, key: uniqueKey(key), type: 'recommendation', ...own, ...graded(parts[0]) }];
  }
  const paragraph: DraftItem = { ...base, key: uniqueKey(key), type: 'paragraph', ...own };
  const children = parts.map((p, k): DraftItem => ({
    key: uniqueKey(p.label ? `rec/${p.label}` : `${key}/rec/${k + 1}`),
    type: 'recommendation',
    text: text.slice(p.textStart, p.end).trim(),
    start: offset(p.start),
    end: offset(p.end),
    ...common,
    parentKey: paragraph.key,
    ...(p.label ? { number: p.label } : {}),
    ...graded(p),
  }));
  return [paragraph, ...children];
}

export const IMPLEMENTATION_REPORT_FEATURES: readonly Feature[] = [
  { label: 'the title block says "implementation report"', weight: 2, count: (_, head) => occurrences(/\bimplementation report\b|\brapport de mise en œuvre\b/i, head) },
  { label: 'the Lanzarote Committee is named', weight: 1, count: (text) => (lanzarote.bodies[0].printed.test(text) ? 1 : 0) },
  { label: '{n} recommendations labelled as the report labels them', weight: 2, atLeast: 2, count: (text) => text.split('\n').filter((l) => labelAtStart(l.replace(/^\s*\d{1,3}\.\s+/, '')) || /\s\[[IVXL]+[-–]\d+\]\s/.test(l)).length },
  { label: '{n} paragraphs numbered in sequence', weight: 2, atLeast: 8, count: longestParagraphRun },
];

/** The longest run of lines opening with paragraph numbers n, n+1, n+2 …: a report's numbered paragraphs. */
function longestParagraphRun(text: string): number {
  let best = 0;
  let run = 0;
  let last = 0;
  for (const m of text.matchAll(/^\s*(\d{1,3})\.\s+\p{Lu}/gmu)) {
    const n = Number(m[1]);
    run = n > last && n <= last + MAX_SKIP ? run + 1 : n === 1 ? 1 : 0;
    last = n;
    best = Math.max(best, run);
  }
  return best;
}

export const implementationReportKind: DocumentKind = {
  kind: 'implementation-report',
  detect: detector(IMPLEMENTATION_REPORT_FEATURES, 4),
  segment: (layout) => segmentImplementationReport(layout),
};
