// Commitments on a timeline by the year they are due, with evaluated tasks placed in the year
// their timetable ended and marked with the fulfilment the evaluation reports.
import type { Item } from '../../../core/schema.js';
import { itemPath } from '../model/cite.js';
import { dueYear, groupByYear } from '../model/deadlines.js';
import { itemHeading } from '../model/item-heading.js';
import { StatusBadge, TypeTag } from './badges.js';

/** The year by which an entry was due: a deadline, or the end of an evaluated timetable. */
export const timelineYear = (item: Pick<Item, 'deadline' | 'timetable'>): number | undefined =>
  dueYear(item.deadline) ?? dueYear(item.timetable);

const Entry = ({ item, documentName }: { item: Item; documentName: string }) => {
  const due = item.deadline ? `Deadline ${item.deadline}` : item.timetable ? `Timetable ${item.timetable}` : undefined;
  const responsible = item.responsible && item.responsible.length > 0 ? `Responsible: ${item.responsible.join('; ')}` : undefined;
  return (
    <li class={`timeline-entry${item.status ? ` has-status status-${item.status}` : ''}`}>
      <div class="timeline-tags"><TypeTag type={item.type} />{item.status && <StatusBadge status={item.status} />}</div>
      <h4 class="timeline-title"><a href={itemPath(item.id)}>{itemHeading(item, true)}</a></h4>
      <p class="timeline-meta">{[due, responsible, documentName].filter((part) => part !== undefined).join(' · ')}</p>
    </li>
  );
};

export const CommitmentTimeline = ({ items, documentName }: { items: readonly Item[]; documentName: (id: string) => string }) => (
  <ol class="timeline">
    {groupByYear(items, timelineYear).map(({ year, entries }) => (
      <li class="timeline-year">
        <h3 class="timeline-year-label">
          {year === undefined ? 'No date given' : String(year)}
          <span class="timeline-count">{` ${entries.length} ${entries.length === 1 ? 'item' : 'items'}`}</span>
        </h3>
        <ol class="timeline-entries">{entries.map((item) => <Entry item={item} documentName={documentName(item.document)} />)}</ol>
      </li>
    ))}
  </ol>
);
