// One search hit or cited item in a list: what it is, where it comes from, the matching words,
// for an answer the question it answers, for a task what the reader looks for first (who is
// responsible and by when), for a review recommendation who made it and the State's position.
import type { Child } from 'hono/jsx';
import { capitalise, symbolCitation } from '../../../core/citation.js';
import type { Item } from '../../../core/schema.js';
import type { Citation, QuestionRef } from '../../../core/search/types.js';
import { itemPath } from '../model/cite.js';
import { parseHighlight, truncateWords } from '../model/highlight.js';
import { itemHeadingParts, itemLabel } from '../model/item-heading.js';
import { positionLabel, themeLabel, typeLabel } from '../model/labels.js';
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

/** Who made a review recommendation and what the State under review said of it. */
export const ReviewFacts = ({ item }: { item: Pick<Item, 'recommendingStates' | 'position'> }) => {
  const states = item.recommendingStates && item.recommendingStates.length > 0 ? item.recommendingStates.join('; ') : undefined;
  if (!states && !item.position) return null;
  return (
    <dl class="task-facts review-facts">
      {states && <div><dt>Recommended by</dt><dd>{states}</dd></div>}
      {item.position && <div><dt>Position of the State</dt><dd>{positionLabel(item.position)}</dd></div>}
    </dl>
  );
};

const QUESTION_CHARS = 220;

/** The question an answer answers (or the recommendation a reply answers), its matching words marked. */
export const AnsweredQuestion = ({ question, highlight }: { question: QuestionRef; highlight?: string }) => {
  const number = question.number ?? itemLabel({ id: question.id, document: question.id.split('/')[0], number: undefined });
  return (
    <p class="hit-question">
      <a class="hit-question-label" href={itemPath(question.id)}>{[typeLabel(question.type), number].filter(Boolean).join(' ')}</a>
      {': '}
      {highlight ? <Highlighted snippet={highlight} /> : truncateWords([question.lead, question.text].filter(Boolean).join(' '), QUESTION_CHARS)}
    </p>
  );
};

/**
 * The heading path as a card shows it when a query word was found there: the headings with a
 * match and the item's own (last) heading, not every level of a long path.
 */
export function sectionSnippet(highlight: string): string {
  const levels = highlight.split(' › ');
  return levels.filter((level, k) => level.includes('<mark>') || k === levels.length - 1).join(' › ');
}

/** "Cites paragraph 104" on a hit listed first because it cites what the query cites. */
const citesLabel = (citations: readonly Citation[] | undefined): string =>
  (citations && citations.length === 1 ? capitalise(citations[0].label) : 'Cites what you searched for');

export interface HitCardProps {
  hit: HitView;
  documentName: string;
  /** The query's citations, to say what a hit marked `cites` cites. */
  citations?: readonly Citation[];
  /** Why this item is listed, e.g. the terms it shares with another item. */
  note?: Child;
  /** Marks the first hit for the Element Timing API (the bench's "first result visible"). */
  first?: boolean;
}

export const HitCard = ({ hit: { item, highlights, partial, cites, question }, documentName, note, first, citations }: HitCardProps) => {
  const lastSection = item.section && item.section.length > 0 ? item.section[item.section.length - 1] : undefined;
  const citation = symbolCitation(item.symbol, itemLabel(item));
  return (
    <li class="hit">
      <div class="hit-tags">
        <ItemTags item={item} partial={partial} />
        {cites && <span class="badge cites">{citesLabel(citations)}</span>}
      </div>
      <h3 class="hit-title" elementtiming={first ? 'first-result' : undefined}>
        <a href={itemPath(item.id)}><ItemHeading item={item} titleHighlight={highlights?.title} /></a>
      </h3>
      {question && <AnsweredQuestion question={question} highlight={highlights?.question} />}
      <p class="hit-snippet">{highlights?.text ? <Highlighted snippet={highlights.text} /> : truncateWords(item.text, PREVIEW_CHARS)}</p>
      <TaskFacts item={item} />
      <ReviewFacts item={item} />
      <p class="hit-source">
        {citation !== undefined && <><cite class="hit-citation">{citation}</cite>{' · '}</>}
        <span class="hit-document">{documentName}</span>
        {item.year !== undefined && ` · ${item.year}`}
        {/* A match found only in the heading path is marked there. */}
        {highlights?.section
          ? <span class="hit-section">{' · '}<Highlighted snippet={sectionSnippet(highlights.section)} /></span>
          : lastSection !== undefined && <span class="hit-section">{` · ${lastSection}`}</span>}
      </p>
      {item.themes.length > 0 && (
        <ul class="theme-list" aria-label="Themes">{item.themes.map((theme) => <li>{themeLabel(theme)}</li>)}</ul>
      )}
      {note}
    </li>
  );
};
