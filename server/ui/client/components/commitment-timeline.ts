// Commitments on a timeline by the year they are due, with evaluated tasks placed in the year
// their timetable ended and marked with the fulfilment the evaluation reports.
import type { Item } from '../api-types.js';
import { itemPath } from '../cite.js';
import { dueYear, groupByYear } from '../deadlines.js';
import { h } from '../dom.js';
import { truncateWords } from '../highlight.js';
import { statusBadge, typeTag } from './badges.js';

/** The year by which an entry was due: a deadline, or the end of an evaluated timetable. */
export const timelineYear = (item: Pick<Item, 'deadline' | 'timetable'>): number | undefined =>
  dueYear(item.deadline) ?? dueYear(item.timetable);

/** Tasks carry real titles; answers and promises share their question's heading, so their text says more. */
const entryHeading = (item: Item): string =>
  (item.title && (item.type === 'task' || item.type === 'evaluation' || item.type === 'goal') ? item.title : truncateWords(item.text, 140));

function entry(item: Item, documentName: (id: string) => string): HTMLElement {
  const due = item.deadline ? `Deadline ${item.deadline}` : item.timetable ? `Timetable ${item.timetable}` : undefined;
  return h('li', { class: `timeline-entry${item.status ? ` has-status status-${item.status}` : ''}` },
    h('div', { class: 'timeline-tags' }, typeTag(item.type), item.status && statusBadge(item.status)),
    h('h4', { class: 'timeline-title' }, h('a', { href: itemPath(item.id) }, entryHeading(item))),
    h('p', { class: 'timeline-meta' },
      [due, item.responsible && item.responsible.length > 0 ? `Responsible: ${item.responsible.join(', ')}` : undefined, documentName(item.document)]
        .filter((part): part is string => part !== undefined).join(' · ')));
}

export function commitmentTimeline(items: readonly Item[], documentName: (id: string) => string): HTMLElement {
  const groups = groupByYear(items, timelineYear);
  return h('ol', { class: 'timeline' }, groups.map(({ year, entries }) => h('li', { class: 'timeline-year' },
    h('h3', { class: 'timeline-year-label' }, year === undefined ? 'No date given' : String(year),
      h('span', { class: 'timeline-count' }, ` ${entries.length} ${entries.length === 1 ? 'item' : 'items'}`)),
    h('ol', { class: 'timeline-entries' }, entries.map((item) => entry(item, documentName))))));
}
