// The document's own list of abbreviations ("MLSA\tMinistry of Labour and Social Affairs",
// "Liste des sigles"), kept as data: search expands a query for "MLSA" with its meaning and
// back, and the long names tell the reader which commas belong inside a body's name.
import type { Layout, Line } from '../../types.js';
import { splitRow } from './strategy-cells.js';
import { labelWords, stemMatches, VOCABULARY } from './strategy-labels.js';

const MAX_HEADING_LENGTH = 80;

export interface AbbreviationList {
  headingIndex: number;
  /** Indexes of the "short\tlong" rows right after the heading. */
  rowIndexes: number[];
}

function isListHeading(line: Line): boolean {
  const text = line.text.replace(/\*+/g, '').trim();
  return !text.includes('\t') && text.length <= MAX_HEADING_LENGTH && labelWords(text).some((w) => VOCABULARY.glossaryWords.some((g) => stemMatches(g, w)));
}

function isTermRow(line: Line): boolean {
  const cells = splitRow(line.text).cells.filter((c) => c !== '');
  return cells.length === 2;
}

export function findAbbreviationList(lines: Line[]): AbbreviationList | undefined {
  for (let i = 0; i < lines.length; i++) {
    if (!isListHeading(lines[i])) continue;
    const rowIndexes: number[] = [];
    for (let j = i + 1; j < lines.length && isTermRow(lines[j]); j++) rowIndexes.push(j);
    if (rowIndexes.length > 0) return { headingIndex: i, rowIndexes };
  }
  return undefined;
}

/** The long names the document's list of abbreviations gives ("Ministry of Labour, Social Protection and Family"). */
export function glossaryNames(lines: Line[]): string[] {
  const list = findAbbreviationList(lines);
  return list ? list.rowIndexes.map((i) => splitRow(lines[i].text).cells.filter((c) => c !== '')[1]) : [];
}

export function extractAbbreviations(layout: Layout): Record<string, string[]> {
  const list = findAbbreviationList(layout.lines);
  const out: Record<string, string[]> = {};
  if (!list) return out;
  for (const i of list.rowIndexes) {
    const [short, long] = splitRow(layout.lines[i].text).cells.filter((c) => c !== '');
    const expansions = (out[short] ??= []);
    if (!expansions.includes(long)) expansions.push(long);
  }
  return out;
}
