// GET /api/search: validated query → search engine → JSON page or export file.
import type { SearchFilters, SearchParams } from '../../core/search/index.js';
import type { AppContext } from '../types.js';
import { exportFileName, hitsToCsv, hitsToJsonExport } from './search-export.js';
import { searchAnswerJson, type SearchAnswer } from './search-response.js';
import { DEFAULT_LIMIT, type SearchQuery } from './search.request.js';

function toSearchParams(query: SearchQuery): SearchParams {
  const filters: SearchFilters = {};
  if (query.type) filters.type = query.type;
  if (query.urgency) filters.urgency = query.urgency;
  if (query.body) filters.body = query.body;
  if (query.year) filters.year = query.year;
  if (query.theme) filters.theme = query.theme;
  if (query.document) filters.document = query.document;
  if (query.addressee) filters.addressee = query.addressee;
  if (query.commitment !== undefined) filters.commitment = query.commitment;
  if (query.ref) filters.ref = query.ref;
  return {
    q: query.q ?? '',
    filters,
    limit: query.limit ?? DEFAULT_LIMIT,
    offset: query.offset ?? 0,
    ...(query.sort ? { sort: query.sort } : {}),
  };
}

export const search = (c: AppContext, query: SearchQuery) => {
  const params = toSearchParams(query);
  const started = performance.now();
  const result = c.var.corpus.engine.search(params);
  // Rounded: in Workers the clock only advances on I/O, and sub-µs digits are noise anyway.
  const tookMs = Math.round((performance.now() - started) * 1000) / 1000;

  if (query.format !== undefined) {
    const body = query.format === 'csv' ? hitsToCsv(result.hits) : hitsToJsonExport(params, result.count, result.hits);
    return c.body(body, 200, {
      'Content-Type': query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${exportFileName(params.q ?? '', query.format)}"`,
    });
  }
  const answer: SearchAnswer = {
    query: { q: params.q ?? '', filters: { ...params.filters }, limit: params.limit ?? DEFAULT_LIMIT, offset: params.offset ?? 0, sort: params.sort },
    count: result.count,
    hits: result.hits,
    facets: result.facets,
    tookMs,
    parsed: result.parsed,
  };
  return c.body(searchAnswerJson(answer), 200, { 'Content-Type': 'application/json' });
};
