// Orama 3 as it comes: its own tokenizer (English), BM25 with its default parameters and its
// default threshold, searching the same fields with the same field weights as this project,
// filtering with its `where` clauses on the same item fields, and counting facets on the six
// enum fields (as the API counts facets). Two settings: tolerance 0 (its default) and
// tolerance 1 (one edit per word, for every query, as a service would configure it).
import { create, insertMultiple, load, save, search } from '@orama/orama';
import type { AnyOrama, Results } from '@orama/orama';
import type { Item } from '../../core/schema.js';
import { FIELDS, FIELD_WEIGHTS, fieldText } from '../../core/search/snapshot.js';
import type { BenchQuery } from '../queries.js';
import type { BenchEngine, SearchableIndex } from './types.js';
import { TOP_K } from './types.js';

const SCHEMA = {
  ...Object.fromEntries(FIELDS.map((field) => [field, 'string'])) as Record<(typeof FIELDS)[number], 'string'>,
  type: 'enum', urgency: 'enum', themes: 'enum[]', body: 'enum', document: 'enum', addressee: 'enum', year: 'number',
} as const;

const FACETS = { type: {}, urgency: {}, themes: {}, body: {}, document: {}, addressee: {} };

const createDb = () => create({ schema: SCHEMA });

function documentOf(item: Item) {
  return {
    id: item.id,
    ...Object.fromEntries(FIELDS.map((field) => [field, fieldText(item, field)])),
    type: item.type, themes: item.themes, body: item.body, document: item.document,
    ...(item.urgency ? { urgency: item.urgency } : {}),
    ...(item.addressee ? { addressee: item.addressee } : {}),
    ...(item.year !== undefined ? { year: item.year } : {}),
  };
}

/** The bench's filters (any of the values per field, an inclusive year range) as Orama's `where`. */
function whereOf(filters: BenchQuery['filters']): Record<string, unknown> | undefined {
  if (!filters) return undefined;
  const where: Record<string, unknown> = {};
  for (const field of ['type', 'urgency', 'body', 'document'] as const) {
    if (filters[field]?.length) where[field] = { in: filters[field] };
  }
  if (filters.theme?.length) where.themes = { containsAny: filters.theme };
  const year = filters.year;
  if (year && (year.from !== undefined || year.to !== undefined)) {
    where.year = year.from !== undefined && year.to !== undefined ? { between: [year.from, year.to] }
      : year.from !== undefined ? { gte: year.from } : { lte: year.to };
  }
  return Object.keys(where).length ? where : undefined;
}

class OramaIndex implements SearchableIndex {
  constructor(readonly db: AnyOrama, private readonly tolerance: number) {}
  search(query: BenchQuery): string[] {
    const where = whereOf(query.filters);
    const result = search(this.db, {
      term: query.q, properties: [...FIELDS], boost: { ...FIELD_WEIGHTS }, tolerance: this.tolerance, limit: TOP_K, facets: FACETS,
      ...(where ? { where } : {}),
    });
    if (result instanceof Promise) throw new Error('Orama answered asynchronously: the bench times synchronous searches');
    return (result as Results<{ id: string }>).hits.map((hit) => hit.id);
  }
}

function oramaEngine(name: string, tolerance: number): BenchEngine {
  return {
    name,
    work: `ranks (BM25, any word${tolerance ? ', one edit per word' : ''}), filters with where, counts 6 facets; no highlights`,
    build: (items) => {
      const db = createDb();
      const inserted = insertMultiple(db, items.map(documentOf));
      if (inserted instanceof Promise) throw new Error('Orama inserted asynchronously');
      return new OramaIndex(db, tolerance);
    },
    serialize: (index) => JSON.stringify(save((index as OramaIndex).db)),
    load: (serialized) => {
      const db = createDb();
      load(db, JSON.parse(serialized!));
      return new OramaIndex(db, tolerance);
    },
  };
}

export const oramaDefaultEngine = oramaEngine('Orama 3', 0);
export const oramaTolerantEngine = oramaEngine('Orama 3, tolerance 1', 1);
