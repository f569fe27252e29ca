// GET / : the search view with its query, filters and page, answered in the first HTML.
import type { PageContext } from '../../types.js';
import { SearchView } from '../components/search-view.js';
import type { SearchViewData } from '../model/search-data.js';
import { feedHref, parseSearchState, searchPageHref } from '../model/url-state.js';
import { addressNotices, addressProblem, corpusDocumentNames, runPageSearch } from './page-search.js';
import { renderPage } from './render-page.js';

const DESCRIPTION = 'Search recommendations, replies, tasks and commitments in human-rights monitoring documents, with filters by type, urgency, theme, body and year.';

export async function searchPage(c: PageContext) {
  const url = new URL(c.req.url);
  const params = url.searchParams;
  const corpus = c.var.reader;
  const state = parseSearchState(params);
  const error = await addressProblem(params, corpus);
  const notices = addressNotices(params);
  // A form without the script sends every field, empty ones too (q=&sort=), in page order: send
  // the reader on to the same search's short address, so it reads and shares like a link. An
  // address with something wrong in it stays, so the page can say what.
  const canonical = searchPageHref(state);
  const same = `/${params.size > 0 ? `?${params.toString()}` : ''}` === canonical;
  if (error === undefined && notices.length === 0 && !same) return c.redirect(canonical, 302);
  const data: SearchViewData = {
    state,
    error,
    outcome: error === undefined ? await runPageSearch(corpus, state) : undefined,
    notices,
    documents: corpusDocumentNames(corpus),
  };
  const description = data.outcome && state.q
    ? `${data.outcome.count.toLocaleString('en-GB')} items match “${state.q}” in human-rights monitoring documents.` : DESCRIPTION;
  return renderPage(c, { title: state.q || undefined, description, section: 'search', skipToResults: true, cacheControl: 'no-store', feed: feedHref(state) },
    <SearchView data={data} />, error === undefined ? 200 : 400);
}
