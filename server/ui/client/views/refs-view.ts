// Everything that cites one paragraph or one recommendation (footnotes resolved by the indexer,
// "Ibid." included): where a footnote's reference link leads.
import { getItemsCitingParagraph, getItemsCitingRecommendation } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { loadDocumentIndex } from '../documents.js';
import { hitCard } from '../components/hit-card.js';
import { searchPageHref, emptyState } from '../url-state.js';
import { errorMessage } from './error-message.js';
import type { View } from './view.js';

export type CitedTarget = { kind: 'paragraph'; n: number } | { kind: 'recommendation'; id: string };

export function citedTargetFromPath(pathname: string): CitedTarget | undefined {
  const match = /^\/refs\/(paragraph|recommendation)\/([^/]+)$/.exec(pathname);
  if (!match) return undefined;
  let value: string;
  try {
    value = decodeURIComponent(match[2]);
  } catch {
    return undefined;
  }
  if (match[1] === 'recommendation') return { kind: 'recommendation', id: value };
  return /^\d{1,6}$/.test(value) ? { kind: 'paragraph', n: Number(value) } : undefined;
}

const describe = (target: CitedTarget) =>
  target.kind === 'paragraph' ? `paragraph ${target.n}` : `Recommendation ${target.id}`;

/** The same list as a search, where it can be filtered further and exported. */
const asSearchHref = (target: CitedTarget) =>
  searchPageHref({ ...emptyState(), ref: [target.kind === 'paragraph' ? `para:${target.n}` : target.id] });

export class RefsView implements View {
  private readonly heading = h('h1', { class: 'page-title', tabindex: -1 }, 'Loading…');
  private readonly body = h('div', { 'aria-busy': 'true' });
  readonly element = h('div', { class: 'refs-view' }, this.heading, this.body);

  focusTarget(): HTMLElement | null {
    return this.heading;
  }

  async show(url: URL): Promise<void> {
    const target = citedTargetFromPath(url.pathname);
    try {
      if (!target) {
        this.heading.textContent = 'Unknown reference';
        replaceChildren(this.body, h('p', {}, 'References are paragraph numbers or recommendation ids, e.g. /refs/paragraph/73.'));
        return;
      }
      this.heading.textContent = `Items citing ${describe(target)}`;
      document.title = `Citing ${describe(target)} – Monitoring search`;
      const [{ items }, documents] = await Promise.all([
        target.kind === 'paragraph' ? getItemsCitingParagraph(target.n) : getItemsCitingRecommendation(target.id),
        loadDocumentIndex(),
      ]);
      replaceChildren(this.body,
        h('p', { class: 'lead' },
          items.length === 0 ? `No item cites ${describe(target)}.`
            : `${items.length} ${items.length === 1 ? 'item cites' : 'items cite'} ${describe(target)} in a footnote, in document order.`,
          ' ', h('a', { href: asSearchHref(target) }, 'Open as a search to filter or export')),
        h('ol', { class: 'hit-list' }, items.map((item) => hitCard(item, { documentName: documents.name(item.document) }))));
    } catch (error) {
      replaceChildren(this.body, errorMessage(error));
    } finally {
      this.body.removeAttribute('aria-busy');
    }
  }
}
