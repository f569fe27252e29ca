// Segmenter for a State's reply to a monitoring questionnaire (the Lanzarote Committee's
// rounds): sections (Prevention / Protection / Prosecution / Partnerships), "Question N
// Title" headings, numbered sub-questions ("9.1. …") with lettered sub-parts ("a. …?"),
// "→ Please specify …" prompts, and the State's answer paragraphs after each question.
//
// Reading rules (see questionnaire-lines.ts for the shapes):
// - A "Question N" heading followed by "N.1." is a heading; otherwise the question is
//   printed right under it and is itself the question (number "N", title the heading).
// - After a question's first block, its lettered sub-parts in sequence, a "→" prompt,
//   and a "…?" block completing a preamble ("For Parties having made a reservation …" /
//   "What measures …?") are still the question; the first other block starts the answer.
// - Everything up to the next question, prompt or heading is the answer: its own lists
//   ("a)", "(1)", "- "), quoted statutes and wrapped links stay in it.
// - A "→" prompt printed after an answer asks something new and gets its own answer, so
//   it is its own question (`q/13.follow-up-1`); one printed right under the question,
//   before any answer, is part of that question and shares its answer.
// - A lettered sub-part ending in "?" printed after an answer, in letter sequence, means
//   the reply answers part by part: see questionnaire-units.ts for the split.
// - Before the first question, short lines are the title page (the document's metadata) and
//   running text is paragraphs: nothing is dropped.
// - Replies that repeat each question with its number, or print the questions in bold, have
//   their question starts found by questionnaire-starts.ts; a reply set as a question | answer
//   table is read by questionnaire-table.ts.
import type { DocumentKind, DraftItem, Layout, Line, SegmentResult } from '../../types.js';
import { stripSuperscriptMarkers, type Marker } from '../../footnotes/find-markers.js';
import { findDocumentMarkers } from '../../footnotes/find-all-markers.js';
import { PROMPT, endsWithQuestionMark, isRepeatedLinks, isSectionTitle, isTitlePageLine, plain, toBlocks, type Block } from './questionnaire-lines.js';
import { QuestionStarts } from './questionnaire-starts.js';
import { isQuestionTable, segmentQuestionTable } from './questionnaire-table.js';
import { questionTitleThemes, sectionThemes } from './questionnaire-themes.js';
import { unitItems, type Labels, type QuestionUnit } from './questionnaire-units.js';
import { detector, distinct, occurrences } from '../detect.js';

export const detectQuestionnaireReply = detector([
  { label: '{n} "Question N" headings', weight: 2, atLeast: 3, count: (text) => distinct(/^\s*(?:\*\*)?Question\s+(\d+)\.?\s+\p{Lu}/mu, text) },
  { label: '{n} numbered or lettered questions', weight: 2, atLeast: 3, count: (text) => occurrences(/^\s*(?:\*\*)?(?:Question\s+)?(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\.)(?:\*\*)?\s.*\?[.\s]*(?:\*\*)?$/m, text) },
  { label: '{n} table rows asking in one cell and answering in the next', weight: 3, atLeast: 2, count: (text) => occurrences(/^[^\t\n]*\?\s*\t\s*\S/m, text) },
  { label: '{n} questions printed in bold', weight: 2, atLeast: 3, count: (text) => occurrences(/^\s*\*\*[^*\n]*\?\s*\*\*/m, text) },
  { label: 'the title block names a reply to a questionnaire', weight: 1, count: (_, head) => occurrences(/\b(?:reply|replies|réponses?)\b[^\n]{0,80}\bquestionnaire\b/i, head) },
]);

/** A heading's words without its footnote markers (they are attached to items, not headings). */
function headingLabel(layout: Layout, line: Line, markers: Marker[]): string {
  let raw = layout.source.slice(line.start, line.end);
  if (raw.replace(/\s+/g, ' ').trim() !== line.text.replace(/\s+/g, ' ').trim()) raw = line.text;
  else for (const m of [...markers].sort((a, b) => b.start - a.start)) {
    if (m.start >= line.start && m.end <= line.end) raw = raw.slice(0, m.start - line.start) + raw.slice(m.end - line.start);
  }
  return plain(stripSuperscriptMarkers(raw)).replace(/\s+/g, ' ').trim();
}

/** "b" may follow "a", "g" may follow "e" (misprints exist); the first must be "a". */
function nextLetter(previous: string | undefined, letter: string): boolean {
  return previous === undefined ? letter === 'a' : letter > previous;
}

export function segmentQuestionnaireReply(layout: Layout): SegmentResult {
  const items: DraftItem[] = [];
  const labels: Labels = [];
  const headings: SegmentResult['headings'] = [];
  // The pipeline's own rule for which markers the document prints; only plain digits need
  // taking out of heading labels here (superscripts are stripped by their shape).
  const markers = findDocumentMarkers(layout).plain;
  const blocks = toBlocks(layout.lines);
  const starts = new QuestionStarts(blocks);
  let section: { label: string; themes: string[] } | undefined;
  let group: { n: string; label?: string; themes: string[]; followUps: number } | undefined;
  let unit: QuestionUnit | undefined;
  let mode: 'question' | 'answer' = 'question';
  let lastLetter: string | undefined;
  let earlierText = '';
  const usedBases = new Set<string>();
  let paragraphs = 0;
  let unnumbered = 0;

  const sectionPath = () => [section?.label, group?.label].filter((s): s is string => !!s);
  const themes = () => [...new Set([...(section?.themes ?? []), ...(group?.themes ?? [])])];
  const close = () => {
    if (unit) items.push(...unitItems(unit, labels));
    // A heading whose question never came (the document ends) is still a heading.
    if (unit?.title && unit.blocks.length === 0) headings.push({ start: unit.title.start, end: unit.title.end });
    unit = undefined;
  };
  const open = (base: string, fields: Partial<QuestionUnit> = {}) => {
    close();
    let unique = base;
    for (let k = 2; usedBases.has(unique); k++) unique = `${base}~${k}`;
    usedBases.add(unique);
    unit = { base: unique, section: sectionPath(), themeHints: themes(), blocks: [], ...fields };
    mode = 'question';
    lastLetter = undefined;
    return unit;
  };
  const ask = (block: Block) => {
    unit!.blocks.push({ block, role: 'question' });
    if (block.letter) lastLetter = block.letter;
  };
  const paragraph = (block: Block) => {
    const last = items[items.length - 1];
    if (last?.type === 'paragraph' && !block.lines[0].gapBefore) {
      last.text += '\n' + block.text;
      last.end = block.end;
      return;
    }
    items.push({ key: `p/${++paragraphs}`, type: 'paragraph', text: block.text, start: block.start, end: block.end, section: sectionPath() });
  };

  blocks.forEach((block, i) => {
    const first = block.lines[0];
    const next = blocks[i + 1];
    const start = starts.at(i);
    if (isSectionTitle(block, next !== undefined && starts.at(i + 1) !== undefined)) {
      close();
      group = undefined;
      const label = headingLabel(layout, first, markers);
      section = { label, themes: sectionThemes(label) };
      headings.push({ start: block.start, end: block.end });
    } else if (start?.kind === 'heading') {
      close();
      const label = headingLabel(layout, first, markers);
      group = { n: start.n, label, themes: questionTitleThemes(label), followUps: 0 };
      const subQuestions = next && starts.subQuestionOf(next, start.n);
      if (subQuestions) headings.push({ start: block.start, end: block.end });
      else open(start.n, { number: start.n, title: { text: first.text.trim(), start: block.start, end: block.end } });
    } else if (start?.kind === 'numbered') {
      // Without "Question N" headings, the number's first part groups follow-up prompts.
      const major = start.number.split('.')[0];
      if (group?.n !== major) group = { n: major, themes: [], followUps: 0 };
      open(start.number, { number: start.number }).blocks.push({ block, role: 'question' });
    } else if (start?.kind === 'bold') {
      group = undefined;
      open(String(++unnumbered)).blocks.push({ block, role: 'question' });
    } else if (group && PROMPT.test(plain(first.text)) && (!unit || mode === 'answer')) {
      open(`${group.n}.follow-up-${++group.followUps}`).blocks.push({ block, role: 'question' });
    } else if (unit && mode === 'question') {
      const lastQuestion = plain(unit.blocks[unit.blocks.length - 1]?.block.text ?? '');
      const text = plain(block.text);
      const stillAsking =
        unit.blocks.length === 0 ||
        (block.letter !== undefined && nextLetter(lastLetter, block.letter)) ||
        PROMPT.test(text) ||
        isRepeatedLinks(block, earlierText) ||
        (!endsWithQuestionMark(lastQuestion) && endsWithQuestionMark(text));
      if (stillAsking) ask(block);
      else {
        mode = 'answer';
        unit.blocks.push({ block, role: 'answer' });
      }
    } else if (unit) {
      if (block.letter !== undefined && nextLetter(lastLetter, block.letter) && endsWithQuestionMark(plain(block.text))) {
        mode = 'question';
        ask(block);
      } else unit.blocks.push({ block, role: 'answer' });
    } else if (items.length || section || group || !isTitlePageLine(block.text)) paragraph(block);
    // Before the first section or question: the title page (kept as the document's metadata).
    else headings.push({ start: block.start, end: block.end });
    earlierText += '\n' + block.text;
  });
  close();
  return withoutQuestions(items, headings, blocks, labels);
}

/** A text with no question at all is no title page: its blocks are paragraphs, never nothing. */
function withoutQuestions(items: DraftItem[], headings: SegmentResult['headings'], blocks: Block[], labels: Labels): SegmentResult {
  if (items.length > 0) return { items, headings, ...(labels.length ? { labels } : {}) };
  return { items: blocks.map((b, k) => ({ key: `p/${k + 1}`, type: 'paragraph', text: b.text, start: b.start, end: b.end })), headings: [] };
}

export const questionnaireReplyKind: DocumentKind = {
  kind: 'questionnaire-reply',
  detect: detectQuestionnaireReply,
  segment: (layout) => (isQuestionTable(layout) ? segmentQuestionTable(layout) : segmentQuestionnaireReply(layout)),
};
