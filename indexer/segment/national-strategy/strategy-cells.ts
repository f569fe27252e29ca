// Table cells of a strategy document as the converter left them: tab-separated
// "Label\tValue" rows whose values carry <p>/<i> tags, and now and then two cells merged
// into one (the bodies a cell names are split in strategy-bodies.ts).

/** A row of a tab-separated table: the label cell and the rest of the row as its value. */
export interface Row {
  label: string;
  value: string;
  cells: string[];
}

export function splitRow(text: string): Row {
  const cells = text.split('\t').map((c) => c.trim());
  return { label: cells[0] ?? '', value: cells.slice(1).join('\t').trim(), cells };
}

/** A table rule drawn with dashes ("--------------\t--") carries no content. */
export function isRuleRow(text: string): boolean {
  return /^[\s\-–—_=|]+$/.test(text) && /[-–—_=]{2}/.test(text);
}

/**
 * The plain text of a cell: each <p> paragraph on its own line, inline tags dropped,
 * runs of spaces collapsed. Fields (title, goal, indicators…) are stored this way;
 * they do not pass through the item-text cleaners.
 */
export function cleanCell(value: string): string {
  return value
    .replace(/<\/p>\s*<p>/gi, '\n')
    .replace(/<\/?p>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * A cell that went on after a page break: when the first part stops mid-sentence and the
 * rest starts in lower case, the paragraph the break cut in two is one paragraph again.
 */
export function continueCell(before: string, rest: string): string {
  const head = before.replace(/(?:<\/[a-z]+>\s*)+$/i, '');
  const tail = rest.replace(/^(?:\s*<[a-z]+>)+/i, '');
  const midSentence = !/[.:;!?]$/.test(cleanCell(head)) && /^\p{Ll}/u.test(cleanCell(tail));
  return midSentence ? `${head} ${tail}` : `${before}\n${rest}`;
}

/** A cell that says "nothing here": empty or a lone dash. */
export function isEmptyCell(value: string): boolean {
  return /^[\s\-–—]*$/.test(cleanCell(value));
}

/**
 * Two cells the converter merged into one ("MLSA MOI, MEYS" under a merged label
 * "Responsible Entity Cooperating Entities"): the first cell ends at the first space
 * outside parentheses that does not follow a comma, i.e. where a list cannot go on.
 */
export function splitMergedCells(value: string): [string, string] {
  const text = cleanCell(value).replace(/\n/g, ' ');
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ' ' && depth === 0 && i > 0 && text[i - 1] !== ',' && /\p{Lu}/u.test(text[i + 1] ?? '')) {
      return [text.slice(0, i).trim(), text.slice(i + 1).trim()];
    }
  }
  return [text.trim(), ''];
}
