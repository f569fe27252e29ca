// GET /item/:id : one item in full: its text and fields, where it sits in its document, what it
// cites, what answers it, related items elsewhere, and how to cite it. An unknown id gets a
// 404 page that says what may have happened and how to find the item.
import type { Item } from '../../../core/schema.js';
import type { ItemWithLinks } from '../../corpus-reader.js';
import type { PageContext } from '../../types.js';
import { ItemTags } from '../components/badges.js';
import { CiteBox } from '../components/cite-box.js';
import { CitedReferences, FootnoteList, ItemFields, ItemTable, ItemText, type ResolvedTarget } from '../components/item-content.js';
import { LinkedItems, RelatedItems, ReplySection, type ItemLinks } from '../components/item-links.js';
import { itemPath } from '../model/cite.js';
import type { DocumentNames } from '../model/documents.js';
import { truncateWords } from '../model/highlight.js';
import { itemHeading, itemLabel } from '../model/item-heading.js';
import { typeLabel } from '../model/labels.js';
import { emptyState, searchPageHref } from '../model/url-state.js';
import { corpusDocumentNames } from './page-search.js';
import { renderPage } from './render-page.js';

function linksOf(found: ItemWithLinks, documents: DocumentNames): ItemLinks & { resolve: (id: string) => ResolvedTarget | undefined } {
  return {
    ...found,
    resolve: (id) => {
      const target = found.cited.get(id);
      if (!target) return undefined;
      // "Paragraph 73 – Implementation report …": a cited paragraph says which document it is in.
      const label = [typeLabel(target.type), itemLabel(target)].filter(Boolean).join(' ');
      return { href: itemPath(id), label: `${label} – ${documents.name(target.document)}` };
    },
  };
}

/**
 * Whose paragraphs and recommendations the item's references number: the report its document's
 * metadata names (`cites`), else its body's report of the same round (core/schema.ts).
 */
function citedReportOf(c: PageContext, item: Item, documents: DocumentNames): string | undefined {
  const cites = c.var.reader.documents.find((doc) => doc.id === item.document)?.cites;
  if (cites !== undefined) return documents.title(cites);
  // A round names the report ("2nd monitoring round"); other rounds ("reporting") do not.
  const round = item.round && /round|cycle/i.test(item.round) ? item.round : undefined;
  return `the ${[`${item.body}’s`, round, 'report'].filter(Boolean).join(' ')}`;
}

/** Back to the search the reader came from (the Referer), else to the search page. */
function backLink(c: PageContext): { href: string; text: string } {
  const referer = c.req.header('Referer');
  if (referer) {
    try {
      const from = new URL(referer);
      if (from.origin === new URL(c.req.url).origin && from.pathname === '/' && from.search !== '') {
        return { href: `/${from.search}`, text: '← Back to results' };
      }
    } catch { /* not a URL: no way back */ }
  }
  return { href: '/', text: '← Search' };
}

const ItemView = ({ item, links, documents, permalink, back, citedReport }: {
  item: Item; links: ItemLinks & { resolve: (id: string) => ResolvedTarget | undefined }; documents: DocumentNames; permalink: string;
  back: { href: string; text: string }; citedReport?: string;
}) => (
  <article class="item-view">
    <p class="back-link"><a href={back.href} id="back-link">{back.text}</a></p>
    <h1 class="page-title">{itemHeading(item)}</h1>
    <div class="item-body">
      <div class="item-layout">
        <div class="item-primary">
          <div class="item-tags"><ItemTags item={item} /></div>
          <dl class="item-source">
            <dt>Document</dt>
            <dd>
              <a href={searchPageHref({ ...emptyState(), filters: { ...emptyState().filters, document: [item.document] } })}>{documents.title(item.document)}</a>
              {` (${[item.body, item.year, item.round].filter((part) => part !== undefined).join(', ')})`}
            </dd>
            {item.section && item.section.length > 0 && <><dt>Section</dt><dd>{item.section.join(' › ')}</dd></>}
            {item.number !== undefined && <><dt>Number</dt><dd>{item.number}</dd></>}
          </dl>
          <div class="item-main"><ItemText item={item} /><ItemTable item={item} /><ItemFields item={item} /></div>
          <ReplySection links={links} />
          <FootnoteList footnotes={item.footnotes ?? []} resolve={links.resolve} citedReport={citedReport} />
          <CitedReferences refs={item.refs} footnotes={item.footnotes ?? []} citedReport={citedReport} />
          <LinkedItems links={links} documents={documents} />
          <RelatedItems related={links.related} documents={documents} />
        </div>
        <div class="item-aside">
          <CiteBox item={item} documentTitle={documents.title(item.document)} permalink={permalink} accessed={new Date().toISOString().slice(0, 10)} />
        </div>
      </div>
    </div>
  </article>
);

/** The last part of an id is usually the printed number ("II-6"): a search for it finds the item if it moved. */
const searchHintFor = (id: string) => id.split('/').filter((part) => part !== '').pop() ?? id;

const ItemNotFound = ({ id }: { id: string }) => {
  const hint = searchHintFor(id);
  return (
    <div class="not-found">
      <h1 class="page-title">We could not find this item</h1>
      <p class="lead">There is no item at <code>{itemPath(id)}</code>.</p>
      <p>The address may have been cut off or mistyped when it was copied, or the item may have a new address since the documents were indexed again.</p>
      <ul class="plain-list next-steps">
        <li><a href={searchPageHref({ ...emptyState(), q: hint })}>Search for “{hint}”</a></li>
        <li><a href="/about">Browse the documents in the corpus</a></li>
        <li><a href="/">Start a new search</a></li>
      </ul>
    </div>
  );
};

export async function itemPage(c: PageContext) {
  const id = c.req.param('id') ?? '';
  const found = await c.var.reader.itemWithLinks(id);
  if (!found) {
    return renderPage(c, { title: 'Item not found', description: 'No item has this address.' }, <ItemNotFound id={id} />, 404);
  }
  const { item } = found;
  const documents = corpusDocumentNames(c.var.reader);
  const heading = itemHeading(item);
  const permalink = `${new URL(c.req.url).origin}${itemPath(item.id)}`;
  return renderPage(c, { title: `${heading} – ${documents.name(item.document)}`, description: truncateWords(item.text, 200) },
    <ItemView item={item} links={linksOf(found, documents)} documents={documents} permalink={permalink} back={backLink(c)}
      citedReport={citedReportOf(c, item, documents)} />);
}
