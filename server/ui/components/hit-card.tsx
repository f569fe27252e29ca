// One search hit or cited item in a list: what it is, where it comes from, the matching words,
// and for a task what the reader looks for first: who is responsible and by when.
import type { Child } from 'hono/jsx';
import type { Item } from '../../../core/schema.js';
import { itemPath } from '../model/cite.js';
import { parseHighlight, truncateWords } from '../model/highlight.js';
import { itemHeadingParts } from '../model/item-heading.js';
import { themeLabel } from '../model/labels.js';
import type { HitView } from '../model/search-data.js';
import { ItemTags } from './badges.js';

const PREVIEW_CHARS = 260;

/** A highlighted snippet (HTML-escaped text with <mark>) as text and <mark> elements, never as markup. */
export const Highlighted = ({ snippet }: { snippet: string }) => (
  <>{parseHighlight(snippet).map((piece) => (piece.marked ? <mark>{piece.text}</mark> : piece.text))}</>
);

type HeadingItem = Pick<Item, 'id' | 'document' | 'type' | 'number' | 'title' | 'text'>;

/** "Recommendation II-1 – to introduce a definition …", the subject highlighted when it is the title. */
export const ItemHeading = ({ item, titleHighlight }: { item: HeadingItem; titleHighlight?: string }) => {
  const { label, subject, subjectIsTitle } = itemHeadingParts(item);
  return (
    <>
      {label !== undefined && <span class="heading-label">{label}</span>}
      {label !== undefined && subject !== undefined && <span class="heading-dash"> – </span>}
      {subject !== undefined && (
        <span class="heading-subject">{subjectIsTitle && titleHighlight ? <Highlighted snippet={titleHighlight} /> : subject}</span>
      )}
    </>
  );
};

/** Deadline and responsible bodies of a task or dated promise, when it has them. */
export const TaskFacts = ({ item }: { item: Pick<Item, 'deadline' | 'timetable' | 'responsible'> }) => {
  const responsible = item.responsible && item.responsible.length > 0 ? item.responsible.join('; ') : undefined;
  const due = item.deadline ? ['Deadline', item.deadline] : item.timetable ? ['Timetable', item.timetable] : undefined;
  if (!due && !responsible) return null;
  return (
    <dl class="task-facts">
      {due && <div><dt>{due[0]}</dt><dd>{due[1]}</dd></div>}
      {responsible && <div><dt>Responsible</dt><dd>{responsible}</dd></div>}
    </dl>
  );
};

export interface HitCardProps {
  hit: HitView;
  documentName: string;
  /** Why this item is listed, e.g. the terms it shares with another item. */
  note?: Child;
  /** Marks the first hit for the Element Timing API (the bench's "first result visible"). */
  first?: boolean;
}

export const HitCard = ({ hit: { item, highlights, partial }, documentName, note, first }: HitCardProps) => {
  const lastSection = item.section && item.section.length > 0 ? item.section[item.section.length - 1] : undefined;
  return (
    <li class="hit">
      <div class="hit-tags"><ItemTags item={item} partial={partial} /></div>
      <h3 class="hit-title" elementtiming={first ? 'first-result' : undefined}>
        <a href={itemPath(item.id)}><ItemHeading item={item} titleHighlight={highlights?.title} /></a>
      </h3>
      <p class="hit-snippet">{highlights?.text ? <Highlighted snippet={highlights.text} /> : truncateWords(item.text, PREVIEW_CHARS)}</p>
      <TaskFacts item={item} />
      <p class="hit-source">
        <span class="hit-document">{documentName}</span>
        {item.year !== undefined && ` · ${item.year}`}
        {lastSection !== undefined && <span class="hit-section">{` · ${lastSection}`}</span>}
      </p>
      {item.themes.length > 0 && (
        <ul class="theme-list" aria-label="Themes">{item.themes.map((theme) => <li>{themeLabel(theme)}</li>)}</ul>
      )}
      {note}
    </li>
  );
};
