// What items cite or are numbered as, by key (indexer side): "rec:iii-25" and "para:73" from
// resolved footnotes, "num:9.2" from the item's own number, "sym:cp/rec(2024)10" from a
// document symbol in the item's text or in its document's metadata. The engine lists the
// items under a cited key first, and the ref filter selects them.
import type { Item } from '../schema.js';
import { numberKey, paragraphKey, recommendationKey, symbolKey, symbolsIn } from './citations.js';

/** Key → the items under it, in item order; sorted by key. */
export type RefIndex = [key: string, items: number[]][];

export function refIndex(items: readonly Item[], documentSymbols: Record<string, string[]> = {}): RefIndex {
  const index = new Map<string, number[]>();
  const add = (key: string, item: number) => {
    const list = index.get(key);
    if (!list) index.set(key, [item]);
    else if (list[list.length - 1] !== item) list.push(item);
  };
  items.forEach((item, i) => {
    const keys = new Set<string>();
    for (const rec of item.refs?.recommendations ?? []) keys.add(recommendationKey(rec));
    for (const para of item.refs?.paragraphs ?? []) keys.add(paragraphKey(para));
    if (item.number) keys.add(numberKey(item.number));
    for (const symbol of [...(documentSymbols[item.document] ?? []), ...symbolsIn(item.text)]) keys.add(symbolKey(symbol));
    for (const key of [...keys].sort()) add(key, i);
  });
  return [...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The ref filter's values: "III-25" → "rec:iii-25"; "para:73" / "para 73" / "§73" → "para:73". */
export function refKey(ref: string): string {
  const trimmed = ref.trim().toLowerCase();
  const paragraph = /^(?:para(?:graph)?\.?\s*:?\s*|§\s*)(\d+)$/.exec(trimmed);
  if (paragraph) return paragraphKey(Number(paragraph[1]));
  if (/^(?:num|sym):/.test(trimmed)) return trimmed.replace(/\s+/g, '');
  return recommendationKey(trimmed.replace(/^rec(?:ommendation)?\s*:?\s*/, ''));
}
