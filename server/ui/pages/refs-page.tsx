// GET /refs/paragraph/:n and /refs/recommendation/:id : everything that cites one paragraph or
// one recommendation (footnotes resolved by the indexer, "Ibid." included), in document order.
import type { Item } from '../../../core/schema.js';
import type { CitedTarget } from '../../corpus-reader.js';
import type { PageContext } from '../../types.js';
import { PARAGRAPH_MAX, ParagraphParamsSchema, RecommendationParamsSchema } from '../../routes/refs.request.js';
import { HitCard } from '../components/hit-card.js';
import { emptyState, searchPageHref } from '../model/url-state.js';
import { corpusDocumentNames } from './page-search.js';
import { renderPage } from './render-page.js';

export type { CitedTarget };

const describeTarget = (target: CitedTarget) => (target.kind === 'paragraph' ? `paragraph ${target.n}` : `Recommendation ${target.id}`);

/** The same list as a search, where it can be filtered further and exported. */
const asSearchHref = (target: CitedTarget) =>
  searchPageHref({ ...emptyState(), ref: [target.kind === 'paragraph' ? `para:${target.n}` : target.id] });

async function refsPage(c: PageContext, target: CitedTarget) {
  const items: readonly Item[] = await c.var.reader.citing(target);
  const documents = corpusDocumentNames(c.var.reader);
  const what = describeTarget(target);
  const summary = items.length === 0 ? `No item cites ${what}.`
    : `${items.length} ${items.length === 1 ? 'item cites' : 'items cite'} ${what} in a footnote, in document order.`;
  return renderPage(c, { title: `Citing ${what}`, description: summary }, (
    <div class="refs-view">
      <h1 class="page-title">Items citing {what}</h1>
      <p class="lead">{summary} <a href={asSearchHref(target)}>Open as a search to filter or export</a></p>
      {items.length > 0 && (
        <ol class="hit-list">{items.map((item) => <HitCard hit={{ item }} documentName={documents.name(item.document)} />)}</ol>
      )}
    </div>
  ));
}

function badReference(c: PageContext, message: string) {
  return renderPage(c, { title: 'Unknown reference', description: message }, (
    <div class="refs-view">
      <h1 class="page-title">Unknown reference</h1>
      <div class="error-box" role="alert"><p>{message}</p></div>
      <p>References are paragraph numbers or recommendation numbers as printed, for example <a href="/refs/paragraph/73">/refs/paragraph/73</a> or <a href="/refs/recommendation/III-25">/refs/recommendation/III-25</a>.</p>
    </div>
  ), 400);
}

export function paragraphRefsPage(c: PageContext) {
  const raw = { n: c.req.param('n') };
  const parsed = ParagraphParamsSchema.safeParse(raw);
  if (!parsed.success) {
    return badReference(c, `“${raw.n}” is not a paragraph number: paragraphs are numbered 1 to ${PARAGRAPH_MAX.toLocaleString('en-GB')}.`);
  }
  return refsPage(c, { kind: 'paragraph', n: parsed.data.n });
}

export function recommendationRefsPage(c: PageContext) {
  const raw = { id: c.req.param('id') };
  const parsed = RecommendationParamsSchema.safeParse(raw);
  if (!parsed.success) return badReference(c, 'A recommendation number is at most 50 characters long, for example III-25.');
  return refsPage(c, { kind: 'recommendation', id: parsed.data.id });
}
