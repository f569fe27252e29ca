// Every piece of text an item carries where a reader can see it: its text, title, number,
// section path, footnotes, reply, table rows and task fields. Coverage counts a stretch of
// the source as kept when it is found in one of these.
import type { Item } from '../../core/schema.js';

const STRING_FIELDS = [
  'text', 'title', 'number', 'response', 'goal', 'description', 'financing', 'targetGroup',
  'start', 'deadline', 'indicators', 'timetable', 'urgencyVerb', 'position', 'explanation',
] as const satisfies readonly (keyof Item)[];

export function itemTexts(item: Item): string[] {
  const out: string[] = [];
  for (const field of STRING_FIELDS) {
    const value = item[field];
    if (typeof value === 'string' && value !== '') out.push(value);
  }
  for (const list of [item.section, item.responsible, item.cooperating, item.recommendingStates]) if (list) out.push(...list);
  for (const note of item.footnotes ?? []) out.push(note.text);
  for (const row of item.rows ?? []) out.push(...row);
  return out;
}
