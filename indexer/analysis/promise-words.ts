// The words that make a statement a promise: a verb of future action ("will", "shall", "is
// expected to", "should be prepared", "scheduled to", "sera", "prévoit de") or a plan for a
// year ("the tasks for 2015", "training plan for 2021"; a capitalised "Action Plan for …" is a
// document's name, not a plan). A legal norm is no promise even in "shall" or "will": the
// penalty a provision sets ("whoever … shall be sentenced to imprisonment", "will be punished").

export const FUTURE = new RegExp(
  [
    String.raw`\b(?:will(?! not| no longer)|shall|is (?:to be|planned|expected|scheduled)|are (?:to be|planned|expected|scheduled)|(?:scheduled|planned|due) to be|scheduled to|plans? to|intends? to|is being prepared|are being prepared)\b`,
    String.raw`\bshould be (?:possible|prepared|adopted|introduced|completed|launched|ready|available|in place|operational|finali[sz]ed|published|issued|established|set up)\b`,
    String.raw`\b(?:sera|seront|entrera|entreront|devra|devront|prévoit de|prévoient de|est prévue?s?|sont prévue?s?|va|vont)\b`,
  ].join('|'),
  'i',
);

export const PLAN = /\b(?:plan|programme|program|tasks|priorities|agenda|schedule|timetable|activities)\s+for\s+(?:the\s+(?:year|period)\s+)?(?:(?:19|20)\d\d|this\s+year|next\s+year)\b/;

/** Where each promise word of a text stands, in order. */
export function promiseWords(text: string): { index: number; end: number }[] {
  const found: { index: number; end: number }[] = [];
  for (const pattern of [FUTURE, PLAN]) {
    for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) found.push({ index: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The wording of a penalty or of a rule for anyone it applies to: a provision quoted, not an action promised. */
export const LEGAL_NORM = /\b(?:will|shall)\s+(?:also\s+)?be\s+(?:sentenced|punished|punishable|fined|liable|imposed)\b|\b(?:whoever|anyone\s+who|any\s+person\s+who|quiconque)\b|\bsera\s+puni/i;

export function isPromise(text: string): boolean {
  return (FUTURE.test(text) || PLAN.test(text)) && !LEGAL_NORM.test(text);
}
