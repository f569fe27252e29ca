// The loss the summary prints agrees with an independent check. The check is built another way:
// words, not letters; each word of the source is kept when one of the three-word phrases it
// opens, closes or stands in is said by some item field (a cell or list entry of one or two
// words, when a field says those words). Both are run on each seed as indexed and with every tenth item taken away,
// which loses text the measure must find.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentMeta, type Item } from '../../core/schema.js';
import { indexDocument } from '../../indexer/index-document.js';
import { kindByName } from '../../indexer/segment/registry.js';
import { measureLoss } from '../../indexer/coverage/measure-loss.js';
import { itemTexts } from '../../indexer/coverage/item-texts.js';

const metas = (JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as { documents: unknown[] }).documents.map((d) => DocumentMeta.parse(d));
const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{Nd}]+/gu) ?? []);

/** Share of the source's words (outside dropped ranges and markup) that no field says, by word phrases. */
function wordLoss(source: string, dropped: { start: number; end: number }[], fields: string[]): number {
  let masked = source.replace(/<[^>\n]{1,80}>/g, (m) => ' '.repeat(m.length));
  for (const d of dropped) masked = masked.slice(0, d.start) + ' '.repeat(d.end - d.start) + masked.slice(d.end);
  const trigrams = new Set<string>();
  const short = new Set<string>();
  for (const f of fields) {
    const w = words(f);
    for (let i = 0; i < w.length; i++) {
      short.add(w[i]);
      if (i + 1 < w.length) short.add(`${w[i]} ${w[i + 1]}`);
      if (i + 2 < w.length) trigrams.add(w.slice(i, i + 3).join(' '));
    }
  }
  let total = 0;
  let lost = 0;
  // A cell or a list entry of fewer than three words is checked on its own.
  for (const cell of masked.split(/[\n\t,;()/]/)) {
    // A label opening a line ("9.1.", "c.") is checked on its own: an item's number says it.
    const label = /^\s*(?:\d+(?:\.\d+)*\.?|[a-z][.)])\s/.exec(cell)?.[0] ?? '';
    const labelWords = words(label);
    if (labelWords.length) {
      total += labelWords.length;
      if (!short.has(labelWords.join(' '))) lost += labelWords.length;
    }
    const segment = cell.slice(label.length);
    const w = words(segment);
    if (w.length === 0) continue;
    total += w.length;
    if (w.length < 3) {
      if (!short.has(w.join(' '))) lost += w.length;
      continue;
    }
    const kept = new Array(w.length).fill(false);
    for (let i = 0; i + 3 <= w.length; i++) if (trigrams.has(w.slice(i, i + 3).join(' '))) kept[i] = kept[i + 1] = kept[i + 2] = true;
    lost += kept.filter((k) => !k).length;
  }
  return total ? lost / total : 0;
}

describe('the loss measure agrees with a word-level check', () => {
  it.each(metas.map((meta) => ({ meta, id: meta.id })))('$id', ({ meta }) => {
    const text = readFileSync(`seeds/${meta.file}`, 'utf8');
    const indexed = indexDocument({ meta, inferred: false, extracted: { text } }, kindByName(meta.kind)!, []);
    const dropped = indexed.dropped;
    const metadata = [meta.title, meta.body, meta.source ?? '', indexed.frontMatter ?? ''];
    const both = (items: Item[]) => ({
      measured: measureLoss({ source: indexed.layout.source, items, metadata, dropped, apart: indexed.layout.notes }).lostShare,
      checked: wordLoss(indexed.layout.source, dropped, [...items.flatMap(itemTexts), ...metadata]),
    });
    const whole = both(indexed.items);
    expect(Math.abs(whole.measured - whole.checked), JSON.stringify(whole)).toBeLessThan(0.005);
    const thinned = both(indexed.items.filter((_, i) => i % 10 !== 5));
    expect(thinned.measured, 'taking items away loses text').toBeGreaterThan(whole.measured + 0.005);
    expect(Math.abs(thinned.measured - thinned.checked), JSON.stringify(thinned)).toBeLessThan(0.02);
  });
});
