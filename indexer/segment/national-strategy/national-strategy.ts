// Reader for national strategies and action plans, in the layouts they are printed in: task
// tables ("Label\tValue" rows per task), numbered tasks followed by "Responsible:" / "Deadline:"
// lines, and measure tables (one row per measure). It gives the strategic goal and the goals
// (numbered goal headings, or the groups the tasks stand under), one `task` per task or
// measure, one `evaluation` per evaluated task of the previous plan, data tables, the list of
// abbreviations, and everything else as paragraphs under its headings.
import type { DocumentKind, DraftItem, Layout, Line, SegmentResult, SourceDocument } from '../../types.js';
import { extractAbbreviations, findAbbreviationList, glossaryNames } from './strategy-abbreviations.js';
import { markerSpans } from './strategy-bodies.js';
import { columnHeader, readColumnTable, type ColumnHeader } from './strategy-columns.js';
import { detectNationalStrategy } from './strategy-detect.js';
import { groupHeading, type GroupHeading } from './strategy-groups.js';
import {
  endsSentence, hasGoalWord, isAnnexLabel, isCapsLine, isGoalsSection, isListLine, isRomanChapter, numberedHeading, plainHeading,
} from './strategy-headings.js';
import { isRecordRun, splitRecords } from './strategy-label-tables.js';
import { readNumberedRecord, numberedHead } from './strategy-numbered.js';
import { bodyLines, isEvaluationRecord, type StrategyRecord } from './strategy-records.js';
import { isTableRow, tableRunEnd } from './strategy-runs.js';
import { findTableOfContents, normaliseTitle, tableDraft } from './strategy-tables.js';
import { evaluationDraft, taskDraft, type SpecificGoal } from './strategy-tasks.js';
import { headingThemes } from './strategy-themes.js';

export { detectNationalStrategy };

export function segmentNationalStrategy(layout: Layout, doc?: SourceDocument): SegmentResult {
  const lines = layout.lines;
  const toc = findTableOfContents(lines);
  const glossary = findAbbreviationList(lines);
  const knownNames = glossaryNames(lines);
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
  /** The goal whose words theme the paragraphs below it. */
  let currentGoal: SpecificGoal | undefined;
  /** The group heading the tasks below stand under ("Axe 2 –", a one-cell row). */
  let group: SpecificGoal | undefined;
  /** The section the current groups stand in (the chapter above "1. Prevention", "2. Protection" …). */
  let groupBase: string[] = [];
  /** The header of the measure table being read: its rows may go on in a later run. */
  let columns: ColumnHeader | undefined;
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
    return ((isCapsLine(text) || isRomanChapter(text)) && !announced) || isTocTitle(text) || isAnnexLabel(text);
  };
  /** A group heading with a numbered task or a table right below it (cheap: no record is read). */
  const isGroupAt = (i: number) => groupHeading(lines[i].text) !== undefined && i + 1 < lines.length && (numberedHead(lines[i + 1].text) !== undefined || isTableRow(lines[i + 1]));
  const stops = (j: number) => inToc(j) || isTableRow(lines[j]) || isHeadingAt(j) || isGroupAt(j);
  /** Tasks really follow: a numbered task with its field lines, or a task or measure table. */
  const tasksFollow = (i: number) => {
    if (i + 1 >= lines.length) return false;
    if (readNumberedRecord(lines, i + 1, stops)) return true;
    const end = tableRunEnd(lines, i + 1, inToc);
    return end > i + 1 && (columnHeader(lines[i + 1]) !== undefined || isRecordRun(lines.slice(i + 1, end)));
  };
  const context = (ordinal: number) => ({ section: [...section], goals, group, ordinal, documentYear: doc?.meta.year, knownNames });

  const emitRecord = (record: StrategyRecord) => {
    labels.push(...record.labels.filter((l) => layout.source.slice(l.start, l.end).trim() !== ''));
    for (const line of new Set(bodyLines(record))) for (const m of markerSpans(line.text)) labels.push({ start: line.start + m.from, end: line.start + m.to });
    const evaluation = isEvaluationRecord(record);
    const ordinal = evaluation ? ++count.evaluation : ++count.task;
    push(evaluation ? evaluationDraft(record, context(ordinal)) : taskDraft(record, context(ordinal)));
  };

  const readGroup = (line: Line, heading: GroupHeading) => {
    const text = plainHeading(line.text);
    if (!group) groupBase = [...section];
    // A group in capitals is a chapter of its own; in lower case it is a part of the chapter above.
    const caps = isCapsLine(line.text);
    const above = caps ? [] : groupBase.slice(0, 1);
    section = [...above, text];
    const existing = goals.get(heading.number);
    if (existing) {
      headings.push({ start: line.start, end: line.end });
      group = existing;
    } else {
      const draft: DraftItem = {
        key: `goal/${heading.number}`, type: 'goal', text: heading.title, start: line.start, end: line.end,
        number: heading.number, title: heading.title, section: above, themeHints: headingThemes(heading.title),
      };
      if (strategicGoalKey) draft.parentKey = strategicGoalKey;
      group = { key: push(draft).key, number: heading.number, title: heading.title };
      goals.set(heading.number, group);
    }
    currentGoal = group;
    headingJustRead = undefined;
  };

  const emitRun = (from: number, to: number, titleLine?: Line) => {
    const run = lines.slice(from, to);
    const header = columnHeader(run[0]);
    if (header || (columns && run[0].text.split('\t').length >= columns.fields.length - 1)) {
      columns = header ?? columns!;
      const table = readColumnTable(run, columns);
      labels.push(...table.labels);
      for (const event of table.events) {
        if (event.kind === 'group') readGroup(event.line, event.group);
        else if (event.kind === 'record') emitRecord(event.record);
        else readParagraph(event.line);
      }
      return;
    }
    if (isRecordRun(run)) {
      for (const record of splitRecords(run)) emitRecord(record);
      return;
    }
    const isGlossary = glossary !== undefined && glossary.rowIndexes[0] === from;
    const title = titleLine ? plainHeading(titleLine.text) : headingJustRead;
    const key = isGlossary ? 'table/abbreviations' : `table/${++count.table}`;
    push(tableDraft({ key, title, titleLine, rowLines: run, section: [...section] }));
  };

  const readHeading = (text: string, start: number, end: number) => {
    const numbered = numberedHeading(text);
    group = undefined;
    columns = undefined;
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
    const isGoal = hasGoalWord(leadIn.text);
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
    const heading = groupHeading(line.text);
    if (heading && tasksFollow(i)) {
      openParagraph = undefined;
      readGroup(line, heading);
      i++;
      continue;
    }
    if (isHeadingAt(i)) {
      openParagraph = undefined;
      const titledRunEnd = i + 1 < lines.length ? tableRunEnd(lines, i + 1, inToc) : i + 1;
      const holdsTasks = titledRunEnd > i + 1 && (isRecordRun(lines.slice(i + 1, titledRunEnd)) || columnHeader(lines[i + 1]) !== undefined);
      if (titledRunEnd > i + 1 && !holdsTasks && !isTocTitle(line.text) && !isAnnexLabel(line.text)) {
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
    const numbered = readNumberedRecord(lines, i, stops);
    if (numbered) {
      openParagraph = undefined;
      emitRecord(numbered.record);
      i = numbered.end;
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
  segment: (layout, doc) => segmentNationalStrategy(layout, doc),
  abbreviations: extractAbbreviations,
};
