// GET /api/search: validated query → search engine → JSON page, export file or Atom feed.
import { unknownFilterValue } from '../corpus-values.js';
import { documentsById } from '../document-titles.js';
import { ERRORS } from '../errors.js';
import type { AppContext } from '../types.js';
import { hitsToAtom } from './search-atom.js';
import { csvContext, exportFileName, hitsToCsv } from './search-export.js';
import { searchAnswer, searchAnswerJson } from './search-response.js';
import { searchParamsOf, type SearchQuery } from './search.request.js';

export const search = (c: AppContext, query: SearchQuery) => {
  const params = searchParamsOf(query);
  const refused = unknownFilterValue(c.var.corpus, params.filters);
  if (refused) return c.json(refused, ERRORS[refused.error.code].status);
  const started = performance.now();
  const result = c.var.corpus.engine.search(params);
  // Rounded: in Workers the clock only advances on I/O, and sub-µs digits are noise anyway.
  const tookMs = Math.round((performance.now() - started) * 1000) / 1000;

  if (query.format === 'atom') {
    const documents = documentsById(c.var.corpus.documents);
    const feed = hitsToAtom({ hits: result.hits, count: result.count, url: new URL(c.req.url), documentTitle: (id) => documents.get(id)?.title });
    return c.body(feed, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  }
  // format=json is the documented SearchResponse as a file: a script reads an export as it
  // reads the API, and the file records the query and facet counts beside the hits.
  const json = () => searchAnswerJson(searchAnswer(params, result, tookMs));
  if (query.format !== undefined) {
    const body = query.format === 'csv' ? hitsToCsv(result.hits, csvContext(c.req.url, c.var.corpus.documents)) : json();
    return c.body(body, 200, {
      'Content-Type': query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${exportFileName(params.q ?? '', query.format)}"`,
    });
  }
  return c.body(json(), 200, { 'Content-Type': 'application/json' });
};
