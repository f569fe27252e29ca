// One printed question with what follows it, turned into question and answer items.
//
// Usually a question is one block of text (its stem, its lettered sub-parts "a. …?",
// "b. …?", and any "→" prompt printed right under them) followed by one answer, which
// replies to all of it: one `question` item and one `answer` item.
//
// Some replies answer sub-part by sub-part instead ("9.1. … adults:" / "a. possess …?" /
// answer / "b. distribute …?" / answer …). Keeping such a question as one item would need
// a span that swallows the answers, so it is split: the stem stays `q/9.1`, each run of
// sub-parts answered together becomes a child question (`q/9.1.a`, or `q/9.7.c-f` when
// c–f share one answer, as the document itself says "9.7.c-f") with its own answer
// (`a/9.1.a`). The sub-part label is kept as printed, even a misprint ("g." after "e.").
import type { DraftItem } from '../../types.js';
import type { Block } from './questionnaire-lines.js';

export interface UnitBlock {
  block: Block;
  role: 'question' | 'answer';
}

export interface QuestionUnit {
  /** Key suffix after "q/" and "a/": "9.1", "3", "13.follow-up-2". */
  base: string;
  /** The printed number, when the question has one. */
  number?: string;
  /** For a question that is its own "Question N …" heading: that heading, as printed. */
  title?: { text: string; start: number; end: number };
  section: string[];
  themeHints: string[];
  parentKey?: string;
  blocks: UnitBlock[];
}

/**
 * The label an item's own number already states ("9.1. " on a sub-question, "a. " on a
 * sub-part standing alone) is left out of its text; the span still covers it. Labels of
 * parts inside a larger item ("… share: a. …? b. …?") are kept: they tell the parts apart.
 */
function withoutOwnLabel(blocks: Block[], label: RegExp, labels?: Labels): Block[] {
  const [first, ...rest] = blocks;
  const m = label.exec(first.text);
  if (!m) return blocks;
  // The label's words are structure, counted as dropped on purpose ("Question 1.1", "Answer:").
  if (/\p{L}/u.test(m[0])) labels?.push({ start: first.start + m[1].length, end: first.start + m[0].length });
  // Bold markup around a label stays, so the bold run stays whole: "**1. Are …?**" → "**Are …?**".
  return [{ ...first, text: first.text.slice(0, m[1].length) + first.text.slice(m[0].length) }, ...rest];
}

/** Where the labels taken out of items stood in the source. */
export type Labels = { start: number; end: number }[];

/** The question's own number printed before it ("9.1. ", "**2. ", "**Question 1.1** "). */
const numberLabel = (number: string) => new RegExp(`^(\\s*(?:\\*\\*)?)(?:Question\\s+)?${number.replace(/\./g, '\\.')}\\.?(?:\\*\\*)?\\s+`);
/** The label some replies print before each answer ("**Answer:** ", "Reply: ", "Réponse : "). */
const ANSWER_LABEL = /^(\s*)(?:\*\*)?(?:Answer|Reply|Response|Réponse)\s*:(?:\*\*)?\s*/i;
const LETTER_LABEL = /^(\s*(?:\*\*)?)[a-z]\.\s+/;

interface Run {
  role: UnitBlock['role'];
  blocks: Block[];
}

function runsOf(blocks: UnitBlock[]): Run[] {
  const runs: Run[] = [];
  for (const { block, role } of blocks) {
    const last = runs[runs.length - 1];
    if (last && last.role === role) last.blocks.push(block);
    else runs.push({ role, blocks: [block] });
  }
  return runs;
}

function lettersSuffix(blocks: Block[]): string {
  const letters = blocks.flatMap((b) => (b.letter ? [b.letter] : []));
  return letters.length === 1 ? letters[0] : `${letters[0]}-${letters[letters.length - 1]}`;
}

export function unitItems(unit: QuestionUnit, labels?: Labels): DraftItem[] {
  const common = { section: unit.section, ...(unit.themeHints.length ? { themeHints: unit.themeHints } : {}) };
  const draft = (type: DraftItem['type'], key: string, blocks: Block[], extra: Partial<DraftItem> = {}): DraftItem => ({
    key,
    type,
    text: blocks.map((b) => b.text).join('\n'),
    start: blocks[0].start,
    end: blocks[blocks.length - 1].end,
    ...common,
    ...extra,
  });
  const questionKey = `q/${unit.base}`;
  // The heading of a question that is its own heading belongs to the item: footnote
  // markers printed on it ("Jurisdiction rules7") attach to the question.
  const stemExtra: Partial<DraftItem> = {
    ...(unit.number ? { number: unit.number } : {}),
    ...(unit.parentKey ? { parentKey: unit.parentKey } : {}),
    ...(unit.title ? { title: unit.title.text } : {}),
  };
  const stem = (blocks: Block[]) => {
    const item = draft('question', questionKey, unit.number ? withoutOwnLabel(blocks, numberLabel(unit.number), labels) : blocks, stemExtra);
    if (unit.title) item.start = unit.title.start;
    return item;
  };
  const answer = (key: string, blocks: Block[] | undefined, respondsToKey: string) =>
    blocks ? [draft('answer', `a/${key}`, withoutOwnLabel(blocks, ANSWER_LABEL, labels), { respondsToKey })] : [];

  const runs = runsOf(unit.blocks);
  if (runs.length === 0) return [];
  if (runs.length <= 2) return [stem(runs[0].blocks), ...answer(unit.base, runs[1]?.blocks, questionKey)];

  const items: DraftItem[] = [];
  const first = runs[0].blocks;
  const firstPart = first.findIndex((b, i) => i > 0 && b.letter);
  const groups: { question: Block[]; answer?: Block[] }[] = [];
  let rest = runs.slice(1);
  if (firstPart > 0) {
    items.push(stem(first.slice(0, firstPart)));
    groups.push({ question: first.slice(firstPart), answer: rest[0]?.blocks });
  } else {
    // Only the stem came before the first answer: that answer replies to the stem.
    items.push(stem(first), ...answer(unit.base, rest[0]?.blocks, questionKey));
  }
  rest = rest.slice(1);
  for (let i = 0; i < rest.length; i += 2) groups.push({ question: rest[i].blocks, answer: rest[i + 1]?.blocks });
  for (const group of groups) {
    const suffix = lettersSuffix(group.question);
    const key = `${unit.base}.${suffix}`;
    const text = suffix.length === 1 ? withoutOwnLabel(group.question, LETTER_LABEL) : group.question;
    items.push(draft('question', `q/${key}`, text, {
      parentKey: questionKey,
      ...(unit.number ? { number: `${unit.number}.${suffix}` } : {}),
    }));
    items.push(...answer(key, group.answer, `q/${key}`));
  }
  return items;
}
