// Gold tables for documents written in a family's layouts: every item the reader must give,
// in printed order, with the fields a person reads off the page. `checkGold` indexes the
// document as the pipeline does (layout, reader, footnotes, cleaning) and lists every
// difference, so a failure says which item and which field, not just "not equal".
import { readFileSync } from 'node:fs';
import type { DocumentMeta, Item } from '../../core/schema.js';
import { indexDocument, type IndexedDocument } from '../../indexer/index-document.js';
import { kindByName } from '../../indexer/segment/registry.js';

export interface GoldItem {
  /** The id suffix within the document ("rec/76.1", "reply/76.2", "para/12"). */
  key: string;
  type: Item['type'];
  /** The document's own label; absent means the item must have none. */
  number?: string;
  parent?: string;
  respondsTo?: string;
  /** A recommendation answered by a reply printed after a later part (merged parts). */
  answeredBy?: string;
  /** How the clean text starts and ends (whitespace folded, no space before punctuation, as for sections). */
  starts: string;
  ends: string;
  contains?: string[];
  urgency?: Item['urgency'];
  urgencyVerb?: string;
  addressee?: Item['addressee'];
  section?: string[];
  /** refs.paragraphs, exactly; absent means none. */
  paragraphs?: number[];
  /** Numbers of the footnotes attached to this item; absent means none. */
  footnotes?: number[];
  note?: string;
}

export interface GoldDocument {
  /** The fixture, relative to the project root. */
  file: string;
  kind: string;
  counts: Partial<Record<Item['type'], number>>;
  items: GoldItem[];
}

export const GOLD_DOCUMENT_ID = 'fixture';

export function indexFixture(gold: Pick<GoldDocument, 'file' | 'kind'>): IndexedDocument & { text: string } {
  const text = readFileSync(gold.file, 'utf8');
  const kind = kindByName(gold.kind);
  if (!kind) throw new Error(`no document kind "${gold.kind}"`);
  const meta: DocumentMeta = { id: GOLD_DOCUMENT_ID, file: gold.file, title: 'fixture', body: 'GRETA', kind: gold.kind, format: 'txt' };
  return { ...indexDocument({ meta, inferred: false, extracted: { text } }, kind, []), text };
}

const fold = (s: string) => s.replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').trim();
const show = (v: unknown) => (v === undefined ? 'absent' : JSON.stringify(v));

/** Every difference between the items and the gold table, one line each (empty: all agree). */
export function goldDifferences(items: readonly Item[], gold: GoldDocument): string[] {
  const out: string[] = [];
  const keyOf = (id: string | undefined) => id?.slice(GOLD_DOCUMENT_ID.length + 1);
  const byKey = new Map(items.map((i) => [keyOf(i.id)!, i]));
  const keys = items.map((i) => keyOf(i.id)!);
  const goldKeys = gold.items.map((g) => g.key);
  if (keys.join(' ') !== goldKeys.join(' ')) out.push(`items in order:\n  got:  ${keys.join(' ')}\n  gold: ${goldKeys.join(' ')}`);
  const counts: Record<string, number> = {};
  for (const i of items) counts[i.type] = (counts[i.type] ?? 0) + 1;
  if (JSON.stringify(sortKeys(counts)) !== JSON.stringify(sortKeys(gold.counts))) out.push(`counts: got ${JSON.stringify(sortKeys(counts))}, gold ${JSON.stringify(sortKeys(gold.counts))}`);
  for (const g of gold.items) {
    const item = byKey.get(g.key);
    if (!item) continue;
    const diff = (field: string, got: unknown, want: unknown) => {
      if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`${g.key} ${field}: got ${show(got)}, gold ${show(want)}`);
    };
    const text = fold(item.text);
    if (!text.startsWith(fold(g.starts))) out.push(`${g.key} starts: got "${text.slice(0, 90)}", gold "${fold(g.starts)}"`);
    if (!text.endsWith(fold(g.ends))) out.push(`${g.key} ends: got "${text.slice(-90)}", gold "${fold(g.ends)}"`);
    for (const c of g.contains ?? []) if (!text.includes(fold(c))) out.push(`${g.key} should contain "${c}"`);
    diff('type', item.type, g.type);
    diff('number', item.number, g.number);
    diff('parent', keyOf(item.parentId), g.parent);
    diff('respondsTo', keyOf(item.respondsTo), g.respondsTo);
    diff('urgency', item.urgency, g.urgency);
    diff('urgencyVerb', item.urgencyVerb, g.urgencyVerb);
    diff('addressee', item.addressee, g.addressee);
    diff('section', item.section?.map(fold), g.section?.map(fold));
    diff('refs.paragraphs', item.refs?.paragraphs.length ? item.refs.paragraphs : undefined, g.paragraphs);
    diff('footnotes', item.footnotes?.map((f) => f.n), g.footnotes);
    if (g.type === 'recommendation') {
      const reply = items.find((r) => r.type === 'response' && keyOf(r.respondsTo) === g.key)
        ?? (g.answeredBy ? byKey.get(g.answeredBy) : undefined);
      diff('response', item.response, reply?.text);
    }
  }
  return out;
}

function sortKeys(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v).sort(([a], [b]) => a.localeCompare(b)));
}
