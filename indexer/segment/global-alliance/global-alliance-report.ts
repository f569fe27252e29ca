// Segmenter for a country report to the Global Alliance against Child Sexual Abuse Online:
// "Policy Target No. N" headings, each target's statement, its "Operational Goal:" lines,
// and under each goal the answers to the three printed prompts (A: measures announced in
// the previous report, B: progress, C: follow-up actions). Bold and italic markup is the
// structure here: it marks targets, goals and prompts, and is stripped from what is read.
import type { DocumentKind, DraftItem, Layout, SegmentResult } from '../../types.js';
import { aimThemes } from './global-alliance-themes.js';
import { detector, occurrences } from '../detect.js';
import { globalAllianceForms } from '../../series/global-alliance.js';

const { target: TARGET, goalLabel: GOAL_LABEL, prompt: PROMPT, followUpPrompt: FOLLOW_UP_PROMPT, noCommitment: NO_COMMITMENT } = globalAllianceForms;
/** Longer lines before the first target are an introduction, not the title page. */
const MAX_TITLE_LINE = 160;
/** A short line that is no sentence: a heading of its own (a note after the last answer). */
const PLAIN_HEADING = /^\p{Lu}[^.:;!?]{0,60}$/u;

export const detectGlobalAllianceReport = detector([
  { label: '{n} "Policy Target No." headings', weight: 2, count: (text) => occurrences(/\bPolicy Target No\.?\s*\d/i, text) },
  { label: '{n} "Operational Goal" lines', weight: 2, count: (text) => occurrences(/\bOperational Goal\b/i, text) },
]);

/** Line text without bold/italic markup. */
function plain(text: string): string {
  return text.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
}

/** A line printed entirely in bold ("**CZECH REPUBLIC**"): a heading. */
function isBoldLine(text: string): boolean {
  return /^\s*\*{2,3}[^*].*\*{2,3}\s*$/.test(text);
}

function union(...lists: (string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((l) => l ?? []))];
}

export function segmentGlobalAllianceReport(layout: Layout): SegmentResult {
  const items: DraftItem[] = [];
  const headings: SegmentResult['headings'] = [];
  const labels: NonNullable<SegmentResult['labels']> = [];
  /** A bold heading above the targets (the country's name). */
  let top: string | undefined;
  let heading: string[] = [];
  let target: { number: string; key: string } | undefined;
  let goal: DraftItem | undefined;
  let goalCount = 0;
  let prompt: { letter: string; text: string } | undefined;
  /** The item that content lines currently continue. */
  let open: DraftItem | undefined;
  let paragraphs = 0;

  const start = (draft: DraftItem) => {
    items.push(draft);
    open = draft;
  };

  for (const line of layout.lines) {
    const text = plain(line.text);
    const targetMatch = TARGET.exec(text);
    const promptMatch = PROMPT.exec(text);
    if (targetMatch) {
      target = { number: targetMatch[1], key: `target/${targetMatch[1]}` };
      const label = text.slice(0, targetMatch[0].length).replace(/[\s:.–-]+$/, '');
      heading = top ? [top, label] : [label];
      goal = undefined;
      goalCount = 0;
      prompt = undefined;
      open = undefined;
      // "Policy Target No. 1: Enhancing …": the statement on the heading's own line.
      const statement = text.slice(targetMatch[0].length);
      if (statement) {
        start({ key: target.key, type: 'goal', text: statement, start: line.start, end: line.end, number: target.number, title: label, section: [...heading] });
      } else headings.push({ start: line.start, end: line.end });
      continue;
    }
    if (target && GOAL_LABEL.test(line.text)) {
      // "Operational Goal:" names the field; the goal is what follows it.
      const label = GOAL_LABEL.exec(line.text)!;
      labels.push({ start: line.start, end: line.start + label[0].length });
      goalCount++;
      const number = label[1] ?? `${target.number}.${goalCount}`;
      goal = {
        key: `goal/${number}`, type: 'goal', text: line.text.replace(GOAL_LABEL, ''), start: line.start, end: line.end,
        number, parentKey: target.key, section: [...heading],
      };
      prompt = undefined;
      start(goal);
      continue;
    }
    if (target && promptMatch) {
      // The prompt is the question the template asks: structure, shown as the answer's title.
      headings.push({ start: line.start, end: line.end });
      prompt = { letter: promptMatch[1], text };
      open = undefined;
      continue;
    }
    if (!target && isBoldLine(line.text)) {
      headings.push({ start: line.start, end: line.end });
      top = text;
      heading = [text];
      continue;
    }
    if (!target && items.length === 0 && text.length <= MAX_TITLE_LINE) {
      // The title page before the first target (country, title, date): the document's metadata.
      headings.push({ start: line.start, end: line.end });
      continue;
    }
    const previous = layout.lines[layout.lines.indexOf(line) - 1];
    if (open?.type === 'answer' && PLAIN_HEADING.test(text) && previous && /[.!?]["”’)]*$/.test(previous.text.trim())) {
      // A heading after the last answer ("Contact details"): what follows is not the answer.
      headings.push({ start: line.start, end: line.end });
      heading = [text];
      prompt = undefined;
      goal = undefined;
      target = undefined;
      open = undefined;
      continue;
    }
    if (open) {
      open.text = open.text ? `${open.text}\n${line.text}` : line.text;
      open.end = line.end;
      continue;
    }
    const section = [...heading];
    if (prompt && (goal || target)) {
      const parent = goal?.key ?? target!.key;
      const number = `${goal?.number ?? target!.number}.${prompt.letter}`;
      const answer: DraftItem = {
        key: `${parent}/${prompt.letter}`, type: 'answer', text: line.text, start: line.start, end: line.end,
        number, title: prompt.text, respondsToKey: parent, section,
      };
      start(answer);
    } else if (target && !goal) {
      start({
        key: target.key, type: 'goal', text: line.text, start: line.start, end: line.end,
        number: target.number, title: `Policy Target No. ${target.number}`, section,
      });
    } else {
      start({ key: `p/${++paragraphs}`, type: 'paragraph', text: line.text, start: line.start, end: line.end, section });
    }
  }
  // A follow-up answer commits the country, unless it says nothing is planned.
  for (const item of items) {
    if (item.type === 'answer' && FOLLOW_UP_PROMPT.test(item.title ?? '') && !NO_COMMITMENT.test(plain(item.text))) item.commitment = true;
  }
  addThemeHints(items);
  return { items, headings, labels };
}

/** A goal's themes are its target's and its own; an answer's are its goal's. */
function addThemeHints(items: DraftItem[]): void {
  const byKey = new Map(items.map((i) => [i.key, i]));
  for (const item of items) {
    if (item.type !== 'goal') continue;
    const parent = item.parentKey ? byKey.get(item.parentKey) : undefined;
    const hints = union(parent ? aimThemes(parent.text) : [], aimThemes(item.text));
    if (hints.length) item.themeHints = hints;
  }
  for (const item of items) {
    const goal = item.respondsToKey ? byKey.get(item.respondsToKey) : undefined;
    if (item.type === 'answer' && goal?.themeHints) item.themeHints = [...goal.themeHints];
  }
}

export const globalAllianceReportKind: DocumentKind = {
  kind: 'global-alliance-report',
  detect: detectGlobalAllianceReport,
  segment: (layout) => segmentGlobalAllianceReport(layout),
};
