// Global Alliance reports of other countries and of both templates, read against gold written
// before the reader ran on them (global-alliance.gold.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../../core/schema.js';
import { indexDocument } from '../../index-document.js';
import { globalAllianceReportKind } from './global-alliance-report.js';
import { GA_2013_LITHUANIA, GA_2014_PORTUGAL, type GoldItem } from './global-alliance.gold.js';

function read(file: string) {
  const text = readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');
  const id = file.replace(/\.txt$/, '');
  const meta = { id, file, title: id, body: 'Global Alliance against Child Sexual Abuse Online', kind: 'global-alliance-report', format: 'txt' as const };
  return indexDocument({ meta, inferred: false, extracted: { text } }, globalAllianceReportKind, []);
}

const key = (item: Item) => item.id.slice(item.document.length + 1);

describe.each([GA_2013_LITHUANIA, GA_2014_PORTUGAL])('$file', ({ file, items: gold }) => {
  const { items, report } = read(file);
  const byKey = new Map(items.map((i) => [key(i), i]));

  it('has exactly the gold items, in document order', () => {
    expect(items.map(key)).toEqual(gold.map((g) => g.key));
  });

  it.each(gold.map((g) => ({ ...g, name: g.key })))('$name', (g: GoldItem) => {
    const item = byKey.get(g.key)!;
    expect(item, g.key).toBeDefined();
    expect(item.type).toBe(g.type);
    expect(item.number).toBe(g.number);
    expect(item.text.startsWith(g.starts), `${g.key} starts "${item.text.slice(0, 60)}"`).toBe(true);
    expect(item.text.endsWith(g.ends), `${g.key} ends "…${item.text.slice(-60)}"`).toBe(true);
    expect(item.parentId).toBe(g.parent && `${item.document}/${g.parent}`);
    expect(item.respondsTo).toBe(g.respondsTo && `${item.document}/${g.respondsTo}`);
    expect(item.commitment).toBe(g.commitment);
    if (g.prompt) expect(item.title?.startsWith(g.prompt), `${g.key} prompt "${item.title}"`).toBe(true);
    expect(item.footnotes?.map((f) => f.n)).toEqual(g.footnotes);
    if (g.section) expect(item.section).toEqual(g.section);
  });

  it('loses no text', () => {
    expect(report.loss.lostShare, report.loss.lostLines.join('\n')).toBeLessThan(0.01);
  });

  it('is recognised as a Global Alliance report', () => {
    const text = readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');
    expect(globalAllianceReportKind.detect(text).matched).toBe(true);
  });
});
