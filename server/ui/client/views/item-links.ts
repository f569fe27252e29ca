// The item's links to other items: the reply it received or the item it answers, the item it
// is part of and its parts, and related items from other documents with why they matched.
import type { Item, ItemDetail } from '../api-types.js';
import { itemPath } from '../cite.js';
import { h } from '../dom.js';
import type { DocumentIndex } from '../documents.js';
import { hitCard, itemHeading } from '../components/hit-card.js';
import { typeLabel } from '../labels.js';

const itemLink = (item: Item) => h('a', { href: itemPath(item.id) }, itemHeading(item));

const section = (id: string, title: string, ...content: (HTMLElement | null | false)[]) =>
  h('section', { class: 'item-section', 'aria-labelledby': id }, h('h2', { id }, title), content);

export function replySection(detail: ItemDetail): HTMLElement | null {
  const { item, replies } = detail;
  if (replies.length > 0) {
    return section('replies-heading', replies.length === 1 ? 'Reply' : 'Replies',
      ...replies.map((reply) => h('blockquote', { class: 'reply' },
        reply.text.split(/\n+/).filter((line) => line.trim() !== '').map((line) => h('p', {}, line)),
        h('p', { class: 'reply-source' }, '— ', itemLink(reply), reply.deadline ? ` · Deadline ${reply.deadline}` : ''))));
  }
  if (item.response) {
    return section('replies-heading', 'Reply', h('blockquote', { class: 'reply' }, h('p', {}, item.response)));
  }
  return null;
}

export function linkedItems(detail: ItemDetail, documents: DocumentIndex): HTMLElement | null {
  const { respondsTo, parent, children } = detail;
  if (!respondsTo && !parent && children.length === 0) return null;
  const summary = (item: Item) => h('li', {}, itemLink(item), ` – ${documents.name(item.document)}`);
  return section('context-heading', 'In this document',
    respondsTo && h('div', { class: 'context-block' },
      h('h3', {}, `This ${typeLabel(detail.item.type).toLowerCase()} answers`),
      h('ul', { class: 'plain-list' }, summary(respondsTo)),
      h('blockquote', { class: 'quoted-item' }, h('p', {}, respondsTo.text))),
    parent && h('div', { class: 'context-block' }, h('h3', {}, 'Part of'), h('ul', { class: 'plain-list' }, summary(parent))),
    children.length > 0 && h('div', { class: 'context-block' },
      h('h3', {}, `Parts (${children.length})`), h('ul', { class: 'plain-list' }, children.map(summary))));
}

export function relatedItems(related: ItemDetail['related'], documents: DocumentIndex): HTMLElement | null {
  if (related.length === 0) return null;
  return section('related-heading', 'On the same matter in other documents',
    h('p', { class: 'hint' }, 'Found by text similarity and shared themes when the corpus was built; the shared terms say why.'),
    h('ol', { class: 'hit-list related-list' }, related.map(({ item, score, terms }) => hitCard(item, {
      documentName: documents.name(item.document),
      note: h('p', { class: 'match-reason' },
        h('span', { class: 'match-score', title: 'Similarity score' }, `Similarity ${score.toFixed(2)}`),
        terms.length > 0 && [' · Shared terms: ', h('span', { class: 'match-terms' }, terms.join(', '))]),
    }))));
}
