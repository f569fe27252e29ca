// Compare what the indexer made of a UN review document with its gold table: every
// difference as a line a person can act on ("rec/118.5 states: [Belarus] ≠ []").
import type { DocumentSummary, Item } from '../../core/schema.js';
import type { DocumentReport } from '../../indexer/types.js';
import type { GoldDocument, GoldItem } from './un-gold.js';

/** Typography a rendition may change: quotes, dashes in ranges, spaces, emphasis. */
export function comparable(text: string | undefined): string {
  return (text ?? '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\*+/g, '').replace(/(\w)- (\w)/g, '$1-$2').replace(/\s+/g, ' ').trim();
}

function citedSymbols(item: Item): string[] {
  return (item.refs?.documents ?? []).map((d) => d.symbol);
}

function checkItem(gold: GoldItem, item: Item, documentBody: string, documentId: string): string[] {
  const out: string[] = [];
  const differ = (field: string, want: unknown, got: unknown) => {
    if (JSON.stringify(want) !== JSON.stringify(got)) out.push(`${gold.key} ${field}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)} (${gold.note})`);
  };
  differ('type', gold.type, item.type);
  if (gold.number !== undefined) differ('number', gold.number, item.number);
  const text = comparable(item.text);
  if (!text.startsWith(comparable(gold.starts))) out.push(`${gold.key} text should start "${gold.starts}": "${text.slice(0, 120)}" (${gold.note})`);
  if (gold.ends !== undefined && !text.endsWith(comparable(gold.ends))) out.push(`${gold.key} text should end "${gold.ends}": "…${text.slice(-120)}" (${gold.note})`);
  if (gold.states !== undefined || item.recommendingStates) differ('recommendingStates', gold.states, item.recommendingStates);
  if (gold.position !== undefined || item.position) differ('position', gold.position, item.position);
  if (gold.explanation !== undefined && !comparable(item.explanation).startsWith(comparable(gold.explanation))) {
    out.push(`${gold.key} explanation should start "${gold.explanation}": "${comparable(item.explanation).slice(0, 120)}"`);
  }
  if (gold.explanation === undefined && gold.type === 'response' && item.explanation) out.push(`${gold.key} has an explanation it should not have: "${item.explanation}"`);
  if (gold.urgency !== undefined || item.urgency) differ('urgency', gold.urgency, item.urgency);
  if (gold.urgencyVerb !== undefined || item.urgencyVerb) differ('urgencyVerb', gold.urgencyVerb, item.urgencyVerb);
  differ('body', gold.body ?? documentBody, item.body);
  if (gold.parent !== undefined || item.parentId) differ('parent', gold.parent && `${documentId}/${gold.parent}`, item.parentId);
  if (gold.respondsTo !== undefined) differ('respondsTo', gold.respondsTo, item.respondsTo);
  if (gold.footnotes !== undefined || item.footnotes) differ('footnotes', gold.footnotes ?? [], (item.footnotes ?? []).map((f) => f.n));
  if (gold.cites !== undefined) differ('cites', gold.cites, citedSymbols(item));
  if (gold.section !== undefined) differ('section', gold.section.map(comparable), (item.section ?? []).map(comparable));
  if (gold.stakeholders !== undefined) {
    const got = item.stakeholders ?? [];
    differ('stakeholders', gold.stakeholders.map((s) => s.abbreviation), got.map((s) => s.abbreviation));
    gold.stakeholders.forEach((s, i) => {
      if (got[i] && !comparable(got[i].name).startsWith(comparable(s.name))) out.push(`${gold.key} stakeholder ${s.abbreviation}: "${got[i].name}" should start "${s.name}"`);
    });
  }
  return out;
}

export function checkGold(gold: GoldDocument, document: DocumentSummary | undefined, report: DocumentReport | undefined, items: readonly Item[]): string[] {
  if (!document || !report) return [`${gold.file} was not indexed`];
  const out: string[] = [];
  if (report.kind !== gold.kind) out.push(`kind: want ${gold.kind}, got ${report.kind} (${report.kindEvidence.join('; ')})`);
  for (const [field, want] of Object.entries(gold.meta)) {
    const got = document[field as keyof DocumentSummary];
    if (JSON.stringify(want) !== JSON.stringify(got)) out.push(`meta ${field}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  for (const field of ['session', 'round', 'country'] as const) {
    if (gold.meta[field] === undefined && document[field] !== undefined) out.push(`meta ${field}: want none, got ${JSON.stringify(document[field])}`);
  }
  const mine = items.filter((i) => i.document === document.id && i.type !== 'commitment');
  const byType: Record<string, number> = {};
  for (const i of mine) byType[i.type] = (byType[i.type] ?? 0) + 1;
  if (JSON.stringify(Object.entries(byType).sort()) !== JSON.stringify(Object.entries(gold.counts).sort())) out.push(`items by type: want ${JSON.stringify(gold.counts)}, got ${JSON.stringify(byType)}`);
  for (const type of gold.complete) {
    const want = gold.items.filter((g) => g.type === type).map((g) => g.key);
    const got = mine.filter((i) => i.type === type).map((i) => i.id.slice(document.id.length + 1));
    if (JSON.stringify(want) !== JSON.stringify(got)) out.push(`${type} items in order: want ${want.join(' ')}\n  got ${got.join(' ')}`);
  }
  const byId = new Map(mine.map((i) => [i.id, i]));
  for (const g of gold.items) {
    const item = byId.get(`${document.id}/${g.key}`);
    if (!item) out.push(`${g.key} missing (${g.note})`);
    else out.push(...checkItem(g, item, gold.meta.body, document.id));
  }
  if (gold.footnotes !== undefined) {
    if (report.footnotes.resolved !== gold.footnotes || report.footnotes.unresolved !== 0) {
      out.push(`footnotes: want ${gold.footnotes} resolved and none unresolved, got ${report.footnotes.resolved} resolved, ${report.footnotes.unresolved} unresolved (${report.footnotes.unresolvedMarkers.join('; ')}) notes without marker ${report.footnotes.notesWithoutMarker.join(', ')}`);
    }
  }
  return out;
}
