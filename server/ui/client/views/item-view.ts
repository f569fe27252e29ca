// One item in full: its text and fields, where it sits in its document, what it cites, what
// answers it, related items elsewhere, and how to cite it.
import { getItem, isAbort } from '../api.js';
import type { ItemDetail } from '../api-types.js';
import { itemIdFromPath } from '../cite.js';
import { h, replaceChildren } from '../dom.js';
import { loadDocumentIndex, type DocumentIndex } from '../documents.js';
import { commitmentBadge, statusBadge, typeTag, urgencyBadge } from '../components/badges.js';
import { itemHeading } from '../components/hit-card.js';
import { citeBox } from './cite-box.js';
import { errorMessage } from './error-message.js';
import { citedReferences, footnoteList, itemFields, itemTable, itemText } from './item-content.js';
import { linkedItems, relatedItems, replySection } from './item-links.js';
import type { View } from './view.js';

export class ItemView implements View {
  readonly element: HTMLElement;
  private readonly heading = h('h1', { class: 'page-title', tabindex: -1 }, 'Loading…');
  private readonly body = h('div', { class: 'item-body', 'aria-busy': 'true' });

  /**
   * backHref: the last search the reader saw, or "/" when they arrived here directly.
   * goBackTo: returns to that search through the history (keeping its scroll position) when it is the previous entry.
   */
  constructor(backHref: string, goBackTo: (href: string) => boolean) {
    const back = h('a', { href: backHref }, backHref === '/' ? '← Search' : '← Back to results');
    back.addEventListener('click', (event) => {
      if (event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && goBackTo(backHref)) event.preventDefault();
    });
    this.element = h('article', { class: 'item-view' }, h('p', { class: 'back-link' }, back), this.heading, this.body);
  }

  focusTarget(): HTMLElement | null {
    return this.heading;
  }

  async show(url: URL): Promise<void> {
    const id = itemIdFromPath(url.pathname);
    try {
      if (id === undefined) throw new Error('unreadable id');
      const [detail, documents] = await Promise.all([getItem(id), loadDocumentIndex()]);
      this.draw(detail, documents, url);
    } catch (error) {
      if (isAbort(error)) return;
      this.heading.textContent = 'Item not found';
      document.title = 'Item not found – Monitoring search';
      replaceChildren(this.body, errorMessage(error));
    } finally {
      this.body.removeAttribute('aria-busy');
    }
  }

  private draw(detail: ItemDetail, documents: DocumentIndex, url: URL): void {
    const { item } = detail;
    const heading = itemHeading(item);
    this.heading.textContent = heading;
    document.title = `${heading} – ${documents.name(item.document)} – Monitoring search`;
    const permalink = `${url.origin}${url.pathname}`;
    replaceChildren(this.body, h('div', { class: 'item-layout' },
      h('div', { class: 'item-primary' },
        h('div', { class: 'item-tags' },
          typeTag(item.type),
          item.urgency && urgencyBadge(item.urgency),
          item.commitment && item.type !== 'commitment' && commitmentBadge(),
          item.status && statusBadge(item.status)),
        h('dl', { class: 'item-source' },
          h('dt', {}, 'Document'),
          h('dd', {}, h('a', { href: `/?document=${encodeURIComponent(item.document)}` }, documents.title(item.document)),
            ` (${[item.body, item.year, item.round].filter((part) => part !== undefined).join(', ')})`),
          item.section && item.section.length > 0 && [h('dt', {}, 'Section'), h('dd', {}, item.section.join(' › '))],
          item.number !== undefined && [h('dt', {}, 'Number'), h('dd', {}, item.number)]),
        h('div', { class: 'item-main' }, itemText(item), itemTable(item), itemFields(item)),
        replySection(detail),
        footnoteList(detail.footnotes),
        citedReferences(item.refs, detail.footnotes),
        linkedItems(detail, documents),
        relatedItems(detail.related, documents)),
      h('div', { class: 'item-aside' },
        citeBox({ item, documentTitle: documents.title(item.document), permalink }))));
  }
}
