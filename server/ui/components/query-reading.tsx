// What the engine made of the query, above the hits: the paragraphs or recommendations it cites
// (a chip "cites paragraph 104", the citing items listed first), its notices (a word not found,
// a quote left open, nothing searchable) and the links to search the words as typed or as the
// engine suggests. Plain links, so they work without the script too.
import type { Citation } from '../../../core/search/types.js';
import type { QueryReadingView } from '../model/search-data.js';
import { searchPageHref, type SearchState } from '../model/url-state.js';

const itemsCiting = (citation: Citation): string => {
  if (citation.items === 0) return '';
  const many = citation.items === 1 ? 'item' : 'items';
  return citation.kind === 'numbered' ? ` ${citation.items} ${many} so numbered, listed first.` : ` ${citation.items} ${many} citing it, listed first.`;
};

const CitationLine = ({ citation, state }: { citation: Citation; state: SearchState }) => (
  <p class="citation-line">
    <span class="chip citation-chip">{citation.label}</span>
    {itemsCiting(citation)}
    {citation.filter !== undefined && citation.items > 0 && !state.ref.includes(citation.filter) && (
      <>{' '}<a class="citation-only" href={searchPageHref({ ...state, q: '', verbatim: undefined, ref: [...state.ref, citation.filter], page: 1 })}>Show only the items citing it</a></>
    )}
  </p>
);

/** The engine's sentence, without the "Did you mean …?" the link below offers. */
const noticeText = (message: string, linked: boolean): string => (linked ? message.replace(/\s*Did you mean “[^”]*”\?$/, '') : message);

export const QueryReading = ({ reading, state }: { reading: QueryReadingView; state: SearchState }) => {
  const { citations, notices, searchInsteadFor, didYouMean } = reading;
  return (
    <>
      {citations.map((citation) => <CitationLine citation={citation} state={state} />)}
      {notices.map((notice) => (
        <p class={`notice query-notice notice-${notice.code}`}>{noticeText(notice.message, didYouMean !== undefined && notice.code === 'not-found')}</p>
      ))}
      {searchInsteadFor !== undefined && (
        <p class="notice search-instead">
          Search instead for <a href={searchPageHref({ ...state, q: searchInsteadFor, verbatim: true, page: 1 })}>{searchInsteadFor}</a>
        </p>
      )}
      {didYouMean !== undefined && (
        <p class="notice did-you-mean">
          Did you mean <a href={searchPageHref({ ...state, q: didYouMean, verbatim: undefined, page: 1 })}>{didYouMean}</a>?
        </p>
      )}
    </>
  );
};
