// corpus/items.json, parsed one item at a time on first use. A Worker isolate would otherwise
// JSON.parse every item before its first answer, the largest single cost of its start-up,
// while a search returns ten of them. The search snapshot already holds what the engine needs
// about every item (ids, facets, refs, deadlines); the store parses an item when it is a hit,
// an item page or part of a whole-corpus answer (stats, link indexes).
import type { Item } from '../core/schema.js';
import type { ItemSource } from '../core/search/index.js';
import { CorpusError, itemLabel } from './corpus-checks.js';

/** What is wrong with one parsed item, or undefined (see corpus-checks.ts). */
export type ItemCheck = (value: unknown) => string | undefined;

/** What is wrong with a well-shaped item at its position (e.g. not the item the index was built from). */
export type IndexedItemCheck = (index: number, item: Item) => string | undefined;

/**
 * Start and end of every item in text written by the indexer (JSON.stringify with an indent of
 * one space): items open with "\n {" and close with "\n }", which nothing inside an item can
 * contain (deeper lines are indented further, and JSON strings hold no raw newline). Undefined
 * for any other layout; the caller then parses the text as a whole.
 */
export function itemBounds(text: string): Int32Array | undefined {
  const bounds: number[] = [];
  // JSON whitespace only (trimStart would also drop a byte-order mark JSON.parse refuses); no
  // regular expression, which anchored at the end would scan the whole text.
  const isJsonSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t';
  let first = 0;
  while (first < text.length && isJsonSpace(text[first])) first++;
  let last = text.length - 1;
  while (last > first && isJsonSpace(text[last])) last--;
  if (text[first] !== '[' || text[last] !== ']') return undefined;
  for (let open = text.indexOf('\n {'); open !== -1; open = text.indexOf('\n {', bounds[bounds.length - 1])) {
    const close = text.indexOf('\n }', open);
    if (close === -1) return undefined;
    bounds.push(open + 1, close + 3);
  }
  return Int32Array.from(bounds);
}

export class ItemStore implements ItemSource {
  private readonly parsed: (Item | undefined)[];

  private constructor(
    private readonly text: string, private readonly bounds: Int32Array, private readonly check: ItemCheck,
    private readonly checkIndexed?: IndexedItemCheck,
  ) {
    this.parsed = new Array<Item | undefined>(bounds.length / 2);
  }

  /** A store over the indexer's layout, or undefined when the text has another layout. */
  static over(text: string, check: ItemCheck, checkIndexed?: IndexedItemCheck): ItemStore | undefined {
    const bounds = itemBounds(text);
    return bounds && bounds.length > 0 ? new ItemStore(text, bounds, check, checkIndexed) : undefined;
  }

  get length(): number {
    return this.parsed.length;
  }

  at(index: number): Item | undefined {
    if (!(index >= 0 && index < this.parsed.length)) return undefined;
    return (this.parsed[index] ??= this.parse(index));
  }

  /** Every item, parsing those not read yet. */
  all(): Item[] {
    return Array.from({ length: this.parsed.length }, (_, i) => this.at(i)!);
  }

  private parse(index: number): Item {
    let value: unknown;
    try {
      value = JSON.parse(this.text.slice(this.bounds[2 * index], this.bounds[2 * index + 1]));
    } catch (err) {
      throw new CorpusError('items.json', `item ${index} is not valid JSON (${(err as Error).message})`);
    }
    const problem = this.check(value) ?? this.checkIndexed?.(index, value as Item);
    if (problem) throw new CorpusError('items.json', `${itemLabel(index, value)} ${problem}`);
    return value as Item;
  }
}
