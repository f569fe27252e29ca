// The permalink and a ready-made citation, each with a copy button.
import type { Item } from '../api-types.js';
import { citationText } from '../cite.js';
import { h } from '../dom.js';
import { itemLabel } from '../components/hit-card.js';

function copyButton(label: string, text: () => string, status: HTMLElement): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'secondary' }, label);
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(text())
      .then(() => { status.textContent = 'Copied to the clipboard.'; })
      .catch(() => { status.textContent = 'Copying is blocked here: select the text and copy it.'; });
  });
  return button;
}

export function citeBox(options: { item: Item; documentTitle: string; permalink: string }): HTMLElement {
  const accessed = new Date().toISOString().slice(0, 10);
  const citation = citationText({ ...options, label: itemLabel(options.item), accessed });
  const status = h('p', { class: 'copy-status', role: 'status', 'aria-live': 'polite' });
  return h('aside', { class: 'cite-box', 'aria-labelledby': 'cite-heading' },
    h('h2', { id: 'cite-heading' }, 'Cite this item'),
    h('p', { class: 'citation' }, citation),
    h('p', { class: 'permalink' }, 'Permalink: ', h('a', { href: options.permalink }, options.permalink)),
    h('div', { class: 'button-row' },
      copyButton('Copy citation', () => citation, status),
      copyButton('Copy link', () => options.permalink, status)),
    status);
}
