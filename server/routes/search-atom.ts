// format=atom: the hits of a search as an Atom 1.0 feed (RFC 4287), so a feed reader tells
// someone when a new document brings an item matching their query. Entries are listed newest
// document first; each names the item as the page does (core/citation.ts), links its page and
// its API answer, and carries its document, issuing body and year as categories (the body is
// also the entry's author: it wrote the text). Items have no date of their own, only their
// document's year, which dates the entry (1 January of that year).
import { itemApiPath, itemPath, typeLabel } from '../../core/citation.js';
import { itemHeading } from '../ui/model/item-heading.js';
import type { SearchHit } from '../../core/search/index.js';

export interface AtomFeedInput {
  hits: readonly SearchHit[];
  count: number;
  /** The request's URL: the feed's own address (rel="self"), its query and the origin its links use. */
  url: URL;
  documentTitle: (id: string) => string | undefined;
}

/** Characters XML 1.0 cannot carry at all (C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export const xmlText = (text: string): string => text.replace(NOT_XML, '\ufffd').replace(/[&<>"]/g, (c) => ESCAPES[c]);

const element = (name: string, text: string, attributes = ''): string => `<${name}${attributes}>${xmlText(text)}</${name}>`;
const attrs = (pairs: Record<string, string | undefined>): string =>
  Object.entries(pairs).filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}="${xmlText(v!)}"`).join('');

const UNDATED = '1970-01-01T00:00:00Z';
const yearDate = (year: number | undefined): string => (year === undefined ? UNDATED : `${String(year).padStart(4, '0')}-01-01T00:00:00Z`);

/** Newest document first; hits of one year keep the order the search gave them. */
export const newestFirst = (hits: readonly SearchHit[]): SearchHit[] =>
  hits.map((hit, k) => ({ hit, k })).sort((a, b) => (b.hit.item.year ?? -Infinity) - (a.hit.item.year ?? -Infinity) || a.k - b.k).map(({ hit }) => hit);

/** Parameters that page or shape the answer rather than say what is searched for. */
const NOT_THE_QUERY = new Set(['q', 'format', 'limit', 'offset', 'sort']);

/** "Monitoring search: “helplines” — type recommendation, year 2018..2023", from the request's query. */
export function feedTitle(params: URLSearchParams): string {
  const q = (params.get('q') ?? '').trim();
  const query = q === '' ? 'all items' : `“${q}”`;
  const grouped = new Map<string, string[]>();
  for (const [name, value] of params) if (!NOT_THE_QUERY.has(name)) grouped.set(name, [...(grouped.get(name) ?? []), value]);
  const narrowed = [...grouped].map(([name, values]) => `${name} ${values.join(' or ')}`).join(', ');
  return `Monitoring search: ${query}${narrowed ? ` — ${narrowed}` : ''}`;
}

function entry(hit: SearchHit, origin: string, input: AtomFeedInput): string {
  const { item } = hit;
  const page = `${origin}${itemPath(item.id)}`;
  const documentTitle = input.documentTitle(item.document) ?? item.document;
  const date = yearDate(item.year);
  const category = (scheme: string, term: string, label: string) =>
    `<category${attrs({ scheme: `${origin}/api/search#${scheme}`, term, label })}/>`;
  return [
    '<entry>',
    element('title', itemHeading(item)),
    element('id', page),
    `<link${attrs({ rel: 'alternate', type: 'text/html', href: page })}/>`,
    `<link${attrs({ rel: 'related', type: 'application/json', href: `${origin}${itemApiPath(item.id)}` })}/>`,
    element('published', date),
    element('updated', date),
    `<author>${element('name', item.body)}</author>`,
    category('document', item.document, documentTitle),
    category('body', item.body, item.body),
    ...(item.year === undefined ? [] : [category('year', String(item.year), String(item.year))]),
    category('type', item.type, typeLabel(item.type)),
    element('summary', [typeLabel(item.type), documentTitle, item.body, item.year].filter((p) => p !== undefined).join(' · ')),
    element('content', item.text, ' type="text"'),
    '</entry>',
  ].join('\n');
}

export function hitsToAtom(input: AtomFeedInput): string {
  const { origin } = input.url;
  const entries = newestFirst(input.hits);
  // The same search on the page: the page pages by itself and has no format.
  const pageQuery = new URLSearchParams(input.url.search);
  for (const name of ['format', 'limit', 'offset']) pageQuery.delete(name);
  const pageUrl = `${origin}/${pageQuery.toString() === '' ? '' : `?${pageQuery}`}`;
  const title = feedTitle(input.url.searchParams);
  const shown = entries.length === input.count ? `${input.count}` : `${entries.length} of ${input.count}`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    element('title', title),
    element('subtitle', `${shown} matching item${input.count === 1 ? '' : 's'} from human-rights monitoring documents.`),
    element('id', input.url.href),
    `<link${attrs({ rel: 'self', type: 'application/atom+xml', href: input.url.href })}/>`,
    `<link${attrs({ rel: 'alternate', type: 'text/html', href: pageUrl })}/>`,
    element('updated', entries.length > 0 ? yearDate(entries[0].item.year) : UNDATED),
    `<author>${element('name', 'Monitoring search')}</author>`,
    element('generator', 'Monitoring search'),
    ...entries.map((hit) => entry(hit, origin, input)),
    '</feed>',
    '',
  ].join('\n');
}
