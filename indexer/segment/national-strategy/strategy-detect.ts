// A strategy or action plan shows itself by structure: tasks or measures numbered with a
// record word ("Task No. 2.3", "Measure 2.4", "Action n° 5"), lines or cells that give a task's
// responsible bodies or deadline ("Responsible: …", "Délai : …", "Time frame\t…"), header rows of
// measure tables, and a title block that calls the document a strategy, plan or programme.
// No one feature decides; the summary prints the ones found.
import { detector, occurrences } from '../detect.js';
import { columnHeader } from './strategy-columns.js';
import { meaningOfLabel, phrases, VOCABULARY } from './strategy-labels.js';
import { numberedHead } from './strategy-numbered.js';

const RECORD_WORDS = phrases(VOCABULARY.recordWords);
/** "Measure 2.4", "Action n°\t5", "Task Number\t<i>Task No. 1.1.</i>": a record word, then its number. */
const RECORD_NUMBER = new RegExp(`(?:^|\\t|>)\\s*(?:${RECORD_WORDS})\\s*(?:No\\.?|n°|nr\\.?)?\\s*(?:\\t\\s*)?(?:<[^>]+>\\s*)*\\d+(?:\\.\\d+)*`, 'gimu');
const DOCUMENT_WORDS = new RegExp(phrases(VOCABULARY.documentWords), 'i');
const TASK_FIELDS = new Set(['responsible', 'cooperating', 'deadline', 'taskStart']);
/** A label is a few words before a colon or a tab at the start of a line. */
const LABEL_AT_START = /^\s*([^:：\t]{2,60}?)\s*(?:[:：]|\t)/;

const lines = (text: string) => text.split('\n');

/** Lines or table rows that give a task's bodies or dates: "Responsible: …", "Deadline\t2023". */
function taskFieldLines(text: string): number {
  let n = 0;
  for (const line of lines(text)) {
    const label = LABEL_AT_START.exec(line)?.[1];
    if (!label) continue;
    const meaning = meaningOfLabel(label);
    if (meaning?.kind === 'merged' || (meaning?.kind === 'field' && TASK_FIELDS.has(meaning.field))) n++;
  }
  return n;
}

/** Header rows of measure tables ("No.\tMeasure\tResponsible\tDeadline"). */
function columnHeaders(text: string): number {
  let start = 0;
  let n = 0;
  for (const line of lines(text)) {
    if (columnHeader({ text: line, start, end: start + line.length, gapBefore: false })) n++;
    start += line.length + 1;
  }
  return n;
}

/** Numbered items ("1.1.", "Measure 3") directly followed by a line that gives a field. */
function numberedTasks(text: string): number {
  const all = lines(text).filter((l) => l.trim() !== '');
  let n = 0;
  for (let i = 0; i + 1 < all.length; i++) {
    const next = LABEL_AT_START.exec(all[i + 1])?.[1];
    if (numberedHead(all[i]) && next && meaningOfLabel(next)?.kind !== undefined) n++;
  }
  return n;
}

export const detectNationalStrategy = detector([
  { label: 'the title block calls it a strategy, plan or programme', weight: 1, count: (_, head) => (DOCUMENT_WORDS.test(head) ? 1 : 0) },
  { label: '{n} tasks or measures numbered with a record word ("Task No. 2.3", "Mesure 1.4")', weight: 3, atLeast: 3, count: (text) => occurrences(RECORD_NUMBER, text) },
  { label: '{n} numbered items followed by their field lines', weight: 3, atLeast: 3, count: numberedTasks },
  { label: '{n} lines or cells giving responsible bodies or deadlines', weight: 2, atLeast: 3, count: taskFieldLines },
  { label: '{n} measure-table header rows (No. | Measure | Responsible | Deadline …)', weight: 4, count: columnHeaders },
]);
