// GET /about : what the corpus holds. Every document with its title, body, year, kind, items by
// type, source and how much of its text the indexer placed in items (its coverage figure).
import type { DocumentSummary } from '../../../core/schema.js';
import type { TypeCounts } from '../../corpus-reader.js';
import type { PageContext } from '../../types.js';
import { countOf, kindLabel } from '../model/labels.js';
import { emptyState, searchPageHref } from '../model/url-state.js';
import { renderPage } from './render-page.js';

const percent = (share: number) => (share > 0 && share < 0.001 ? '<0.1 %' : `${(share * 100).toFixed(1)} %`);

/** The indexer's figure when it measured one: the share of the source text found in no item. */
export function coverageText(lostShare: number | undefined): string {
  if (lostShare === undefined) return 'not measured';
  return `${percent(1 - lostShare)} of the source text is in items, notes or headings (${percent(lostShare)} lost)`;
}

const searchFor = (filters: Partial<ReturnType<typeof emptyState>['filters']>) =>
  searchPageHref({ ...emptyState(), filters: { ...emptyState().filters, ...filters } });

const sortedCounts = (counts: TypeCounts) => Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));

const TypeCountList = ({ counts, document }: { counts: TypeCounts; document?: string }) => (
  <ul class="type-counts">
    {sortedCounts(counts).map(([type, count]) => (
      <li><a href={searchFor(document ? { document: [document], type: [type] } : { type: [type] })}>{countOf(count, type)}</a></li>
    ))}
  </ul>
);

const yearText = (doc: DocumentSummary) => (doc.period ? `${doc.period[0]}–${doc.period[1]}` : doc.year === undefined ? undefined : String(doc.year));

const DocumentCard = ({ doc, counts }: { doc: DocumentSummary; counts: TypeCounts }) => {
  const facts: [string, string | undefined][] = [
    ['Body', doc.body], ['Year', yearText(doc)], ['Kind', kindLabel(doc.kind)], ['Round', doc.round], ['Country', doc.country],
    ['Source', doc.source], ['Coverage', coverageText(doc.lostShare)],
  ];
  return (
    <article class="doc-card" id={`doc-${doc.id}`} aria-labelledby={`doc-title-${doc.id}`}>
      <h2 id={`doc-title-${doc.id}`}><a href={searchFor({ document: [doc.id] })}>{doc.title}</a></h2>
      <dl class="doc-facts">
        {facts.filter(([, value]) => value !== undefined && value !== '').map(([label, value]) => <><dt>{label}</dt><dd>{value}</dd></>)}
      </dl>
      <p class="doc-items"><strong>{`${doc.items.toLocaleString('en-GB')} ${doc.items === 1 ? 'item' : 'items'}`}</strong>{doc.items > 0 && ':'}</p>
      <TypeCountList counts={counts} document={doc.id} />
      {doc.inferred && <p class="notice">The corpus manifest has no entry for this file: its title, body and year were read from its text.</p>}
    </article>
  );
};

export async function aboutPage(c: PageContext) {
  const corpus = c.var.reader;
  const byDocument = await corpus.typeCountsByDocument();
  const totals: TypeCounts = {};
  for (const counts of byDocument.values()) for (const [type, n] of Object.entries(counts)) totals[type] = (totals[type] ?? 0) + n;
  const itemCount = Object.values(totals).reduce((sum, n) => sum + n, 0);
  const description = `${corpus.documents.length} monitoring documents split into ${itemCount} recommendations, replies, tasks and other items.`;
  return renderPage(c, { title: 'About the corpus', description, section: 'about' }, (
    <div class="about-view">
      <h1 class="page-title">About the corpus</h1>
      <p class="lead">{description} Each document is split into typed items with their footnotes resolved; search and filter them on the <a href="/">search page</a>.</p>
      <section class="panel" aria-labelledby="totals-heading">
        <h2 id="totals-heading">Items by type</h2>
        <TypeCountList counts={totals} />
        <p class="hint">Coverage is the indexer's own check: the share of each source's visible text that it placed in an item, a footnote, a heading or the document's metadata. Text it leaves out on purpose (page numbers, running headers) does not count as lost.</p>
      </section>
      <h2 class="section-title">Documents ({String(corpus.documents.length)})</h2>
      <div class="doc-list">
        {corpus.documents.map((doc) => <DocumentCard doc={doc} counts={byDocument.get(doc.id) ?? {}} />)}
      </div>
    </div>
  ));
}
