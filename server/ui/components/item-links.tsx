// The item's links to other items: the reply it received or the item it answers, the item it
// is part of and its parts, and related items from other documents with why they matched.
import type { Child } from 'hono/jsx';
import type { Item } from '../../../core/schema.js';
import { itemPath } from '../model/cite.js';
import type { DocumentNames } from '../model/documents.js';
import { itemHeading } from '../model/item-heading.js';
import { typeLabel } from '../model/labels.js';
import { HitCard, TaskFacts } from './hit-card.js';
import { Paragraphs } from './item-content.js';

export interface ItemLinks {
  item: Item;
  parent?: Item;
  children: readonly Item[];
  respondsTo?: Item;
  replies: readonly Item[];
  related: readonly { item: Item; score: number; terms: readonly string[] }[];
}

const ItemLink = ({ item }: { item: Item }) => <a href={itemPath(item.id)}>{itemHeading(item, true)}</a>;

const Section = ({ id, title, children }: { id: string; title: string; children?: Child }) => (
  <section class="item-section" aria-labelledby={id}><h2 id={id}>{title}</h2>{children}</section>
);

export const ReplySection = ({ links }: { links: ItemLinks }) => {
  const { item, replies } = links;
  if (replies.length > 0) {
    return (
      <Section id="replies-heading" title={replies.length === 1 ? 'Reply' : 'Replies'}>
        {replies.map((reply) => (
          <blockquote class="reply">
            <Paragraphs text={reply.text} />
            <TaskFacts item={reply} />
            <p class="reply-source">— <a href={itemPath(reply.id)}>{itemHeading(reply)}</a></p>
          </blockquote>
        ))}
      </Section>
    );
  }
  if (item.response) return <Section id="replies-heading" title="Reply"><blockquote class="reply"><p>{item.response}</p></blockquote></Section>;
  return null;
};

export const LinkedItems = ({ links, documents }: { links: ItemLinks; documents: DocumentNames }) => {
  const { respondsTo, parent, children } = links;
  if (!respondsTo && !parent && children.length === 0) return null;
  const Summary = ({ item }: { item: Item }) => <li><ItemLink item={item} /> – {documents.name(item.document)}</li>;
  return (
    <Section id="context-heading" title="In this document">
      {respondsTo && (
        <div class="context-block">
          <h3>This {typeLabel(links.item.type).toLowerCase()} answers</h3>
          <ul class="plain-list"><Summary item={respondsTo} /></ul>
          <blockquote class="quoted-item"><p>{respondsTo.text}</p></blockquote>
        </div>
      )}
      {parent && <div class="context-block"><h3>Part of</h3><ul class="plain-list"><Summary item={parent} /></ul></div>}
      {children.length > 0 && (
        <div class="context-block">
          <h3>Parts ({String(children.length)})</h3>
          <ul class="plain-list">{children.map((child) => <Summary item={child} />)}</ul>
        </div>
      )}
    </Section>
  );
};

export const RelatedItems = ({ related, documents }: { related: ItemLinks['related']; documents: DocumentNames }) => {
  if (related.length === 0) return null;
  return (
    <Section id="related-heading" title="On the same matter in other documents">
      <p class="hint">Found by text similarity and shared themes when the corpus was built; the shared terms say why.</p>
      <ol class="hit-list related-list">
        {related.map(({ item, score, terms }) => (
          <HitCard hit={{ item }} documentName={documents.name(item.document)} note={(
            <p class="match-reason">
              <span class="match-score" title="Similarity score">Similarity {score.toFixed(2)}</span>
              {terms.length > 0 && <> · Shared terms: <span class="match-terms">{terms.join(', ')}</span></>}
            </p>
          )} />
        ))}
      </ol>
    </Section>
  );
};
