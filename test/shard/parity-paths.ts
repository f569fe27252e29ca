// The API requests (besides search) whose answers a sharded deployment must give exactly as
// the single app does: every item, every cited reference, documents, stats, bad input.
import type { Item } from '../../core/schema.js';

/** Every path whose answer a sharded deployment must give as the single app does. */
export function parityPaths(items: readonly Item[]): string[] {
  const recommendations = new Set<string>();
  const paragraphs = new Set<number>();
  for (const item of items) {
    for (const refs of [item.refs, ...(item.footnotes ?? []).map((f) => f.refs)]) {
      for (const rec of refs?.recommendations ?? []) recommendations.add(rec);
      for (const n of refs?.paragraphs ?? []) paragraphs.add(n);
    }
  }
  return [
    ...items.map((item) => `/api/items/${item.id}`),
    `/api/items/${encodeURIComponent(items[0].id)}`,
    ...[...recommendations].map((rec) => `/api/refs/recommendation/${encodeURIComponent(rec.toLowerCase())}`),
    ...[...paragraphs].map((n) => `/api/refs/paragraph/${n}`),
    '/api/documents', '/api/stats', '/api/stats?by=theme,year', '/api/stats?by=type&type=recommendation&type=observation',
    '/api/stats?by=document,urgency,status',
    // Bad input and unknown things: the same 400s and 404s.
    '/api/items/no-such-document/rec/1', `/api/items/${items[0].document}/no-such-item`, `/api/items/${'x'.repeat(301)}`,
    '/api/refs/paragraph/0', '/api/refs/paragraph/abc', '/api/refs/recommendation/ZZZ-999', '/api/stats?by=colour', '/api/stats?type=nothing',
    '/api/nothing-here',
  ];
}

/** Pages people read, over the same corpus: every view, with filters, citations, a 404 and a bad address. */
export function pageParityPaths(items: readonly Item[]): string[] {
  const step = Math.max(1, Math.floor(items.length / 40));
  const cited = items.find((item) => item.footnotes?.some((note) => note.targets?.length));
  const answered = items.find((item) => item.type === 'answer' && item.respondsTo);
  const replied = items.find((item) => item.type === 'recommendation' && items.some((other) => other.respondsTo === item.id));
  const paragraph = items.flatMap((item) => item.refs?.paragraphs ?? [])[0];
  const recommendation = items.flatMap((item) => item.refs?.recommendations ?? [])[0];
  return [
    '/', '/?q=helpline', '/?q=victims+of+trafficking&type=recommendation', '/?q=child+protection&theme=child-protection&year=2018..2023',
    '/?q=trafficing+vicitms', '/?q=paragraph+104', '/?commitment=true&sort=deadline', '/?body=constructor', '/?q=exploitation&page=2',
    ...[cited, answered, replied, ...items.filter((_, k) => k % step === 0)].flatMap((item) => (item ? [`/item/${item.id}`] : [])),
    '/item/no-such-document/rec/1',
    ...(paragraph === undefined ? [] : [`/refs/paragraph/${paragraph}`]),
    ...(recommendation === undefined ? [] : [`/refs/recommendation/${encodeURIComponent(recommendation)}`]),
    '/refs/paragraph/abc', '/commitments', '/about', '/no-such-page',
  ];
}
