// GRETA evaluation reports, every round, English or French: a title page (and contents
// list), unnumbered text (preamble, executive summary), paragraphs numbered 1, 2, 3 … through
// the report under chapter, section and sub-section headings, and an appendix listing
// GRETA's conclusions and proposals for action, grouped under headings, each ending with the
// paragraphs it comes from ("(paragraph 21)", "(see paragraphs 23 and 24)").
//
// Items: each numbered paragraph (number = its printed number, so that "paragraph 112" cited
// elsewhere can be found), each graded sentence inside it as a recommendation (parent: the
// paragraph), each proposal of the appendix as a recommendation citing its paragraphs (an
// entry that grades nothing, "GRETA welcomes …", as an observation), and the rest as
// paragraphs under their headings: nothing is dropped.
import type { DocumentKind, DraftItem, Layout, Line, SegmentResult } from '../../types.js';
import { greta } from '../../series/greta.js';
import { gradeText } from '../../series/index.js';
import { citedParagraphs } from '../../series/citations.js';
import type { SeriesProfile } from '../../series/types.js';
import { isHeadingLike, plainLine, sectionStack } from '../greta-reply/report-headings.js';
import { recommendationThemes } from '../greta-reply/greta-reply-themes.js';
import { joinLines, sentencesOf } from './report-sentences.js';
import { gretaReportDetector } from './greta-report-detect.js';
import { keepUnplacedHeadings } from '../greta-reply/unplaced-headings.js';

const NUMBERED = /^(\d{1,3})\.\s+(\S.*)$/;
const BULLET = /^\s*[-–•▪◦]\s+/;
/** A numbered line further ahead than this is not the next paragraph (a list, a year). */
const MAX_NUMBER_JUMP = 5;
const MIN_PARAGRAPH_CHARS = 40;

interface Open {
  item: DraftItem;
  lines: Line[];
}

export function segmentGretaReport(layout: Layout, profile: SeriesProfile = greta): SegmentResult {
  const vocabulary = profile.reports!;
  const items: DraftItem[] = [];
  const headings: SegmentResult['headings'] = [];
  const warnings: string[] = [];
  const stack = sectionStack(vocabulary.headingForms);
  const isDropped = (line: Line) => layout.dropped.some((d) => d.start <= line.start && line.end <= d.end);
  const isTop = (text: string) => vocabulary.headingForms.some((f) => f.top && f.pattern.test(text));
  let expected = 1;
  let started = false;
  let inProposals = false;
  let texts = 0;
  let proposals = 0;
  let open: Open | undefined;

  const flush = () => {
    if (open?.item.type === 'paragraph' && open.item.number) addGradedSentences(open);
    if (open?.item.key.startsWith('proposal/')) gradeProposal(open.item);
    open = undefined;
  };

  const addGradedSentences = ({ item, lines }: Open) => {
    let k = 0;
    for (const sentence of sentencesOf(joinLines(lines), layout.source)) {
      const grading = gradeText(profile, sentence.text);
      if (!grading) continue;
      items.push({
        key: `rec/${item.number}.${++k}`, type: 'recommendation', text: sentence.text, start: sentence.start, end: sentence.end,
        parentKey: item.key, section: item.section, urgency: grading.urgency, urgencyVerb: grading.verb,
        ...(profile.addresseeWords?.test(sentence.text) ? { addressee: 'state' as const } : {}),
      });
    }
  };

  const gradeProposal = (item: DraftItem) => {
    const grading = gradeText(profile, item.text);
    const paragraphs = citedParagraphs(vocabulary, item.text);
    if (paragraphs.length) item.citedRefs = { recommendations: [], paragraphs };
    // The appendix's own note ("The position of the proposals … is shown in parentheses")
    // neither grades nor comes from a paragraph: text, not a conclusion.
    if (!grading && !paragraphs.length) item.type = 'paragraph';
    if (!grading) return;
    item.type = 'recommendation';
    item.urgency = grading.urgency;
    item.urgencyVerb = grading.verb;
    if (profile.addresseeWords?.test(item.text)) item.addressee = 'state';
  };

  const start = (item: DraftItem, line: Line) => {
    flush();
    items.push(item);
    open = { item, lines: [line] };
  };

  const append = (line: Line) => {
    open!.item.text += '\n' + line.text;
    open!.item.end = line.end;
    open!.lines.push(line);
  };

  const readHeading = (line: Line, text: string) => {
    flush();
    started ||= isTop(text);
    stack.push(text);
    headings.push({ start: line.start, end: line.end });
    if (vocabulary.proposalsAppendix.test(text)) inProposals = true;
    else if (isTop(text)) inProposals = false;
  };

  /**
   * A proposal closes with the paragraphs it comes from: "… (paragraph 21)." A part of a list
   * that cites its own paragraph and ends with ";" leaves the list, and the proposal, open.
   */
  const proposalClosed = () => !!open && /\)\s*\.?\s*$/.test(plainLine(open.item.text)) && citedParagraphs(vocabulary, open.item.text).length > 0;
  /** A dash bullet after a lead-in that ends with ":" is a part of that proposal. */
  const continuesList = (line: Line) => !!open && BULLET.test(line.text) && !/^[▪•]/.test(line.text.trim()) && open.lines.some((l) => /:\s*(?:\*\*)?\s*$/.test(l.text));

  const lines = layout.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isDropped(line)) continue;
    const text = line.text.trim();
    const bare = plainLine(text);
    const numbered = NUMBERED.exec(bare);
    const n = numbered ? Number(numbered[1]) : NaN;
    const heading = isHeadingLike(text);
    const nextParagraph = numbered && n >= expected && n - expected <= MAX_NUMBER_JUMP && !heading && numbered[2].length >= MIN_PARAGRAPH_CHARS;
    if (nextParagraph) {
      if (n !== expected) warnings.push(`paragraph numbers jump from ${expected - 1} to ${n}`);
      started = true;
      expected = n + 1;
      // The number is the item's label; its text starts after it.
      const label = /^\s*\d{1,3}\.\s+/.exec(line.text)?.[0].length ?? 0;
      const body: Line = { ...line, text: line.text.slice(label), start: line.start + label };
      start({ key: `para/${n}`, type: 'paragraph', number: String(n), text: body.text, start: line.start, end: line.end, section: stack.path }, body);
    } else if (heading && (started || isTop(bare))) {
      readHeading(line, bare);
    } else if (!started && (isHeadingLike(text) || vocabulary.titles.evaluation.test(text))) {
      // The title page: kept with the document as printed, not as items.
      headings.push({ start: line.start, end: line.end });
    } else if (inProposals) {
      const opensProposal = !open || (!continuesList(line) && (proposalClosed() || /^\p{Lu}/u.test(bare.replace(BULLET, ''))));
      if (opensProposal) start({ key: `proposal/${++proposals}`, type: 'observation', text: line.text, start: line.start, end: line.end, section: stack.path }, line);
      else append(line);
    } else if (!started) {
      // Prose before any heading or numbered paragraph: the title page has ended.
      started = true;
      start({ key: `text/${++texts}`, type: 'paragraph', text: line.text, start: line.start, end: line.end, section: stack.path }, line);
    } else if (open && (open.item.number || !line.gapBefore)) {
      // A numbered paragraph runs on over its bullets, lists and page breaks to the next
      // number or heading; an unnumbered one is a block of lines.
      append(line);
    } else {
      start({ key: `text/${++texts}`, type: 'paragraph', text: line.text, start: line.start, end: line.end, section: stack.path }, line);
    }
  }
  flush();
  for (const item of items) {
    const hints = item.type === 'paragraph' ? [] : recommendationThemes(item.text);
    if (hints.length) item.themeHints = hints;
  }
  return { items: keepUnplacedHeadings(items, headings, layout), headings, warnings };
}

export const gretaReportKind: DocumentKind = {
  kind: 'greta-report',
  detect: gretaReportDetector(greta),
  segment: (layout) => segmentGretaReport(layout),
};
