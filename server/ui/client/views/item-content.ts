// The item's own content on its page: text, table, task fields, footnotes and what it cites.
import type { Footnote, Refs } from '../../../../core/schema.js';
import type { Item } from '../api-types.js';
import { h, type Child } from '../dom.js';
import { statusLabel, themeLabel } from '../labels.js';

/** Printed line breaks separate paragraphs and list entries; keep them. */
const paragraphs = (text: string): HTMLElement[] =>
  text.split(/\n+/).map((line) => line.trim()).filter((line) => line !== '').map((line) => h('p', {}, line));

export function itemText(item: Item): HTMLElement {
  // Tasks and evaluations repeat their title at the start of `text`; the description is the rest.
  const text = item.description ?? (item.title && item.text.startsWith(item.title) ? item.text.slice(item.title.length) : item.text);
  return h('div', { class: 'item-text' }, paragraphs(text));
}

export function itemTable(item: Item): HTMLElement | null {
  if (!item.rows || item.rows.length === 0) return null;
  const [head, ...rest] = item.rows;
  return h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Table' },
    h('table', {},
      h('thead', {}, h('tr', {}, head.map((cell) => h('th', { scope: 'col' }, cell)))),
      h('tbody', {}, rest.map((row) => h('tr', {}, row.map((cell) => h('td', {}, cell)))))));
}

export function itemFields(item: Item): HTMLElement | null {
  const list = (values?: string[]) => (values && values.length > 0 ? values.join('; ') : undefined);
  const fields: [string, Child | undefined][] = [
    ['Goal', item.goal && paragraphs(item.goal)],
    ['Start', item.start],
    ['Deadline', item.deadline],
    ['Timetable', item.timetable],
    ['Fulfilment', item.status && statusLabel(item.status)],
    ['Responsible', list(item.responsible)],
    ['Cooperating', list(item.cooperating)],
    ['Indicators', item.indicators && paragraphs(item.indicators)],
    ['Financing', item.financing],
    ['Target group', item.targetGroup],
    ['Addressed to', item.addressee && (item.addressee === 'state' ? 'This country' : 'All Parties')],
    ['Themes', item.themes.length > 0 ? item.themes.map(themeLabel).join(', ') : undefined],
  ];
  const present = fields.filter((field): field is [string, Child] => field[1] !== undefined && field[1] !== '');
  if (present.length === 0) return null;
  return h('dl', { class: 'item-fields' }, present.map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]));
}

/** Links to the lists of items citing the same paragraph or recommendation. */
export function refLinks(refs: Refs | undefined): HTMLElement[] {
  if (!refs) return [];
  return [
    ...refs.paragraphs.map((n) => h('a', { class: 'ref-link', href: `/refs/paragraph/${n}` }, `Paragraph ${n}`)),
    ...refs.recommendations.map((id) => h('a', { class: 'ref-link', href: `/refs/recommendation/${encodeURIComponent(id)}` }, `Recommendation ${id}`)),
  ];
}

export function footnoteList(footnotes: readonly Footnote[]): HTMLElement | null {
  if (footnotes.length === 0) return null;
  return h('section', { class: 'item-section footnotes', 'aria-labelledby': 'footnotes-heading' },
    h('h2', { id: 'footnotes-heading' }, 'Footnotes'),
    h('ol', { class: 'footnote-list' }, footnotes.map((note) => {
      const links = refLinks(note.refs);
      return h('li', { id: `fn-${note.n}` },
        h('span', { class: 'footnote-number' }, String(note.n)),
        h('div', { class: 'footnote-body' },
          h('p', {}, note.text),
          note.ibidOf !== undefined && h('p', { class: 'footnote-ibid' }, `“Ibid.”: the same source as note ${note.ibidOf}.`),
          links.length > 0 && h('p', { class: 'footnote-refs' }, 'Items citing the same: ',
            links.map((link, i) => [i > 0 ? ', ' : '', link]))));
    })));
}

/** What the item cites beyond its footnotes' own links (those are listed with each note). */
export function citedReferences(refs: Refs | undefined, footnotes: readonly Footnote[]): HTMLElement | null {
  const linked = footnotes.flatMap((note) => [
    ...(note.refs?.paragraphs ?? []).map((n) => `p${n}`),
    ...(note.refs?.recommendations ?? []).map((id) => `r${id.toUpperCase()}`),
  ]);
  const rest = refs && {
    paragraphs: refs.paragraphs.filter((n) => !linked.includes(`p${n}`)),
    recommendations: refs.recommendations.filter((id) => !linked.includes(`r${id.toUpperCase()}`)),
  };
  const links = refLinks(rest);
  if (links.length === 0) return null;
  return h('section', { class: 'item-section', 'aria-labelledby': 'cites-heading' },
    h('h2', { id: 'cites-heading' }, 'Cites'),
    h('p', { class: 'hint' }, 'Each link lists every item that cites the same paragraph or recommendation.'),
    h('ul', { class: 'inline-list' }, links.map((link) => h('li', {}, link))));
}
