// One search hit or cited item in a list: what it is, where it comes from, the matching words.
import { itemHeading, itemLabel } from '../../../../core/citation.js';
import type { Item } from '../api-types.js';
import { itemPath } from '../cite.js';
import { h, type Child } from '../dom.js';
import { parseHighlight, truncateWords } from '../highlight.js';
import { themeLabel, typeLabel } from '../labels.js';
import { commitmentBadge, statusBadge, typeTag, urgencyBadge } from './badges.js';

const PREVIEW_CHARS = 260;

export function highlightedText(snippet: string): Child[] {
  return parseHighlight(snippet).map((piece) => (piece.marked ? h('mark', {}, piece.text) : piece.text));
}

// Named the same on the page, in the feed and in the MCP tools.
export { itemHeading, itemLabel };

export interface HitCardOptions {
  documentName: string;
  highlights?: { text?: string; title?: string };
  partial?: boolean;
  /** Why this item is listed, e.g. the terms it shares with another item. */
  note?: Child;
}

export function hitCard(item: Item, options: HitCardOptions): HTMLLIElement {
  const { highlights, documentName } = options;
  const heading = highlights?.title && item.title ? highlightedText(highlights.title) : itemHeading(item);
  const snippet = highlights?.text ? highlightedText(highlights.text) : truncateWords(item.text, PREVIEW_CHARS);
  return h('li', { class: 'hit' },
    h('div', { class: 'hit-tags' },
      typeTag(item.type),
      item.urgency && urgencyBadge(item.urgency),
      item.commitment && item.type !== 'commitment' && commitmentBadge(),
      item.status && statusBadge(item.status),
      options.partial && h('span', { class: 'badge partial', title: 'Matches only some of the words' }, 'Partial match')),
    h('h3', { class: 'hit-title' }, h('a', { href: itemPath(item.id) }, heading)),
    h('p', { class: 'hit-snippet' }, snippet),
    h('p', { class: 'hit-source' },
      h('span', { class: 'hit-document' }, documentName),
      item.year !== undefined && ` · ${item.year}`,
      item.section && item.section.length > 0 && h('span', { class: 'hit-section' }, ` · ${item.section[item.section.length - 1]}`),
      item.deadline && ` · Deadline ${item.deadline}`),
    item.themes.length > 0 && h('ul', { class: 'theme-list', 'aria-label': 'Themes' },
      item.themes.map((theme) => h('li', {}, themeLabel(theme)))),
    options.note);
}
