// Index a document written as a fixture as the pipeline does, and list every way its items
// differ from the document's gold table (fixture-gold.ts), so a failing test names them all.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentMeta, type Item } from '../../core/schema.js';
import { indexDocument, type IndexedDocument } from '../../indexer/index-document.js';
import { chooseKind, kindByName } from '../../indexer/segment/registry.js';
import type { GoldDocument, GoldItem } from './fixture-gold.js';

export function fixtureMeta(gold: GoldDocument): DocumentMeta {
  const { cites: _cites, ...meta } = gold.meta;
  void _cites;
  return DocumentMeta.parse({ ...meta, file: gold.file, format: 'txt' });
}

export function indexFixture(gold: GoldDocument, dir: URL): IndexedDocument {
  const kind = kindByName(gold.meta.kind);
  if (!kind) throw new Error(`no reader for kind ${gold.meta.kind}`);
  const text = readFileSync(new URL(gold.file, dir), 'utf8');
  return indexDocument({ meta: fixtureMeta(gold), inferred: false, extracted: { text } }, kind, []);
}

const fold = (s: string | undefined) => s?.replace(/\s+/g, ' ').trim();
const show = (v: unknown) => JSON.stringify(v);

function itemDifferences(g: GoldItem, item: Item, documentId: string): string[] {
  const out: string[] = [];
  const key = (id: string | undefined) => (id?.startsWith(`${documentId}/`) ? id.slice(documentId.length + 1) : id);
  const same = (field: string, expected: unknown, actual: unknown) => {
    if (show(expected) !== show(actual)) out.push(`${g.key} ${field}: expected ${show(expected)}, got ${show(actual)}`);
  };
  same('number', g.number, item.number);
  same('urgency', g.urgency, item.urgency);
  same('urgencyVerb', g.urgencyVerb, item.urgencyVerb);
  same('addressee', g.addressee, item.addressee);
  same('parent', g.parentKey, key(item.parentId));
  same('respondsTo', g.respondsToKey, key(item.respondsTo));
  same('footnotes', g.footnotes ?? [], (item.footnotes ?? []).map((f) => f.n));
  if (g.country !== undefined) same('country', g.country, item.country);
  if (g.title !== undefined) same('title', fold(g.title), fold(item.title));
  if (g.section !== undefined) same('section', g.section, item.section);
  const text = fold(item.text) ?? '';
  if (!text.startsWith(fold(g.starts)!)) out.push(`${g.key} starts: expected "${g.starts}", got "${text.slice(0, 120)}"`);
  if (g.ends !== undefined && !text.endsWith(fold(g.ends)!)) out.push(`${g.key} ends: expected "${g.ends}", got "…${text.slice(-120)}"`);
  for (const c of g.contains ?? []) if (!text.includes(fold(c)!)) out.push(`${g.key} lacks "${c}"`);
  for (const c of g.lacks ?? []) if (text.includes(c)) out.push(`${g.key} holds "${c}", which is not its text`);
  return out;
}

/** Every difference between the gold table and the items, in document order; [] when they agree. */
export function goldDifferences(gold: GoldDocument, items: readonly Item[]): string[] {
  const id = gold.meta.id;
  const byKey = new Map(items.map((i) => [i.id.slice(id.length + 1), i]));
  const out: string[] = [];
  const expected = gold.items.map((g) => `${g.key} ${g.type}`);
  const actual = items.map((i) => `${i.id.slice(id.length + 1)} ${i.type}`);
  if (show(expected) !== show(actual)) {
    out.push(`items: missing [${expected.filter((e) => !actual.includes(e)).join(', ')}], unexpected [${actual.filter((a) => !expected.includes(a)).join(', ')}]`);
    if (expected.every((e) => actual.includes(e)) && actual.length === expected.length) out.push(`items out of order: ${actual.join(', ')}`);
  }
  for (const g of gold.items) {
    const item = byKey.get(g.key);
    if (item) out.push(...itemDifferences(g, item, id));
  }
  return out;
}

/** Items by type and recommendations by urgency, as a table row for reports. */
export function fixtureFigures(indexed: IndexedDocument): { byType: Record<string, number>; urgency: Record<string, number>; lostShare: number } {
  const urgency: Record<string, number> = {};
  for (const i of indexed.items) if (i.urgency) urgency[i.urgency] = (urgency[i.urgency] ?? 0) + 1;
  return { byType: indexed.report.itemsByType, urgency, lostShare: indexed.report.loss.lostShare };
}

/**
 * The checks every fixture of a family passes: its items equal its gold table, it loses less
 * than 1 % of its text, its kind is detected from its text alone, and every marker finds its note.
 */
export function describeGoldFixtures(golds: readonly GoldDocument[], fixtures: URL): void {
  describe.each(golds)('$file', (gold) => {
    const indexed = indexFixture(gold, fixtures);

    it('gives exactly the gold items, with their fields', () => {
      expect(goldDifferences(gold, indexed.items)).toEqual([]);
    });

    it('loses less than 1 % of its text', () => {
      expect(indexed.report.loss.lostShare, indexed.report.loss.lostLines.join('\n')).toBeLessThan(0.01);
    });

    it(`is detected as ${gold.meta.kind}`, () => {
      const choice = chooseKind(readFileSync(new URL(gold.file, fixtures), 'utf8'));
      expect(choice.kind.kind, choice.detection.evidence.join('; ')).toBe(gold.meta.kind);
    });

    it('resolves every footnote marker', () => {
      expect(indexed.report.footnotes.unresolvedMarkers).toEqual([]);
      expect(indexed.report.footnotes.notesWithoutMarker).toEqual([]);
    });
  });
}
