// Segmenter for a national strategy with task tables (e.g. the Czech National Strategy for
// Combating Trafficking in Human Beings 2020–2023): the strategic goal and the numbered
// specific goals, narrative paragraphs, one `task` per task table, one `evaluation` per
// table of the annex that evaluates the previous strategy, statistical tables, and the
// list of abbreviations. The contents list and capitalised headings give the sections.
import type { DocumentKind, DraftItem, Layout, Line, SegmentResult } from '../../types.js';
import { extractAbbreviations, findAbbreviationList } from './strategy-abbreviations.js';
import {
  endsSentence, isAnnexLabel, isCapsLine, isGoalsSection, isListLine, numberedHeading, plainHeading,
} from './strategy-headings.js';
import { isEvaluationRecord, splitRecords } from './strategy-records.js';
import { isRecordRun, tableRunEnd } from './strategy-runs.js';
import { findTableOfContents, normaliseTitle, tableDraft } from './strategy-tables.js';
import { evaluationDraft, taskDraft, type SpecificGoal } from './strategy-tasks.js';
import { headingThemes } from './strategy-themes.js';
import { detector, occurrences } from '../detect.js';

/** A strategy names itself so, and numbers its tasks by goal ("Task No. 2.3") in tables. */
export const detectNationalStrategy = detector([
  { label: 'calls itself a strategy or action plan', weight: 1, count: (text) => occurrences(/\bstrateg(?:y|ic)\b|\baction plan\b/i, text) },
  { label: '{n} tasks numbered by goal ("Task No. 2.3")', weight: 3, atLeast: 3, count: (text) => occurrences(/\bTask No\.?\s*\d+\.\d+/i, text) },
]);

export function segmentNationalStrategy(layout: Layout): SegmentResult {
  const lines = layout.lines;
  const toc = findTableOfContents(lines);
  const glossary = findAbbreviationList(lines);
  const items: DraftItem[] = [];
  const headings: SegmentResult['headings'] = [];
  const labels: NonNullable<SegmentResult['labels']> = [];
  const keys = new Set<string>();
  const goals = new Map<string, SpecificGoal>();
  const count = { paragraph: 0, table: 0, task: 0, evaluation: 0 };
  let section: string[] = [];
  /** An annex label just read: the next heading is the annex's title, one level down. */
  let annexLabel: string | undefined;
  /** The heading right before, with no content since: the title of an untitled table. */
  let headingJustRead: string | undefined;
  let currentGoal: SpecificGoal | undefined;
  let strategicGoalKey: string | undefined;
  /** The last paragraph, while the next line may still continue it. */
  let openParagraph: DraftItem | undefined;

  const inToc = (i: number) => toc.lineIndexes.has(i);
  const push = (draft: DraftItem) => {
    let key = draft.key;
    for (let n = 2; keys.has(key); n++) key = `${draft.key}~${n}`;
    keys.add(key);
    items.push({ ...draft, key });
    annexLabel = undefined;
    headingJustRead = undefined;
    return items[items.length - 1];
  };
  const isTocTitle = (text: string) => toc.titles.has(normaliseTitle(text));
  const isHeadingAt = (i: number) => {
    const text = lines[i].text;
    if (text.includes('\t')) return false;
    // A capitalised line announced by "… is:" is a statement of the text, not a heading.
    const announced = i > 0 && /:\s*$/.test(lines[i - 1].text) && !isTocTitle(text);
    return (isCapsLine(text) && !announced) || isTocTitle(text);
  };

  const emitRun = (from: number, to: number, titleLine?: Line) => {
    const run = lines.slice(from, to);
    if (isRecordRun(run)) {
      for (const record of splitRecords(run)) {
        labels.push(...record.labels.filter((l) => layout.source.slice(l.start, l.end).trim() !== ''));
        const evaluation = isEvaluationRecord(record);
        const ordinal = evaluation ? ++count.evaluation : ++count.task;
        const ctx = { section: [...section], goals, ordinal };
        push(evaluation ? evaluationDraft(record, ctx) : taskDraft(record, ctx));
      }
      return;
    }
    const isGlossary = glossary !== undefined && glossary.rowIndexes[0] === from;
    const title = titleLine ? plainHeading(titleLine.text) : headingJustRead;
    const key = isGlossary ? 'table/abbreviations' : `table/${++count.table}`;
    push(tableDraft({ key, title, titleLine, rowLines: run, section: [...section] }));
  };

  const readHeading = (text: string, start: number, end: number) => {
    const numbered = numberedHeading(text);
    if (isAnnexLabel(text)) {
      section = [text];
    } else if (annexLabel) {
      section = [annexLabel, text];
    } else if (numbered && section.length > 0 && isGoalsSection(section[0])) {
      // A numbered heading in the goals chapter is a specific goal: content, not structure.
      const goal: SpecificGoal = { key: `goal/${numbered.number}`, number: numbered.number, title: numbered.title };
      const draft: DraftItem = {
        key: goal.key, type: 'goal', text: numbered.title, start, end, number: numbered.number,
        title: numbered.title, section: [section[0]], themeHints: headingThemes(numbered.title),
      };
      if (strategicGoalKey) draft.parentKey = strategicGoalKey;
      goal.key = push(draft).key;
      goals.set(goal.number, goal);
      currentGoal = goal;
      section = [section[0], text];
      return;
    } else if (numbered && section.length > 0) {
      section = [section[0], text];
    } else {
      section = [text];
    }
    headings.push({ start, end });
    currentGoal = undefined;
    annexLabel = isAnnexLabel(text) ? text : undefined;
    headingJustRead = text;
  };

  const readStatement = (leadIn: Line, statement: Line) => {
    const title = plainHeading(statement.text);
    const isGoal = /\bgoal\b/i.test(leadIn.text);
    const draft: DraftItem = {
      key: isGoal ? 'goal/strategic' : `p/${++count.paragraph}`,
      type: isGoal ? 'goal' : 'paragraph',
      text: `${leadIn.text}\n${statement.text}`,
      start: leadIn.start, end: statement.end, section: [...section],
    };
    if (isGoal) Object.assign(draft, { title, themeHints: headingThemes(title) });
    const pushed = push(draft);
    if (isGoal) strategicGoalKey = pushed.key;
  };

  const readParagraph = (line: Line) => {
    if (openParagraph && !endsSentence(openParagraph.text) && !isListLine(line.text)) {
      // The paragraph broke off mid-sentence (a page break the layout did not join).
      openParagraph.text += `\n${line.text}`;
      openParagraph.end = line.end;
      return;
    }
    const hints = currentGoal ? headingThemes(currentGoal.title) : [];
    const draft: DraftItem = {
      key: `p/${++count.paragraph}`, type: 'paragraph', text: line.text, start: line.start, end: line.end, section: [...section],
    };
    if (hints.length) draft.themeHints = hints;
    openParagraph = push(draft);
  };

  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    if (inToc(i)) {
      headings.push({ start: line.start, end: line.end });
      i++;
      continue;
    }
    const runEnd = tableRunEnd(lines, i, inToc);
    if (runEnd > i) {
      openParagraph = undefined;
      emitRun(i, runEnd);
      i = runEnd;
      continue;
    }
    if (isHeadingAt(i)) {
      openParagraph = undefined;
      const titledRunEnd = i + 1 < lines.length ? tableRunEnd(lines, i + 1, inToc) : i + 1;
      const titlesTable = titledRunEnd > i + 1 && !isRecordRun(lines.slice(i + 1, titledRunEnd));
      if (titlesTable && !isTocTitle(line.text) && !isAnnexLabel(line.text)) {
        emitRun(i + 1, titledRunEnd, line);
        i = titledRunEnd;
        continue;
      }
      // A heading wrapped over several lines goes on in capitals with no blank line between.
      let k = i + 1;
      while (k < lines.length && !lines[k].gapBefore && isCapsLine(lines[k].text) && !isAnnexLabel(line.text) && !isAnnexLabel(lines[k].text)) k++;
      readHeading(plainHeading(lines.slice(i, k).map((l) => l.text).join(' ')), line.start, lines[k - 1].end);
      i = k;
      continue;
    }
    const next = lines[i + 1];
    const announces = next && /:\s*$/.test(line.text) && !line.text.includes('\t');
    if (announces && isCapsLine(next.text) && !isTocTitle(next.text) && !numberedHeading(next.text) && !isAnnexLabel(next.text)) {
      openParagraph = undefined;
      readStatement(line, next);
      i += 2;
      continue;
    }
    readParagraph(line);
    i++;
  }
  return { items, headings, labels };
}

export const nationalStrategyKind: DocumentKind = {
  kind: 'national-strategy',
  detect: detectNationalStrategy,
  segment: (layout) => segmentNationalStrategy(layout),
  abbreviations: extractAbbreviations,
};
