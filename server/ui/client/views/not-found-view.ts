// Any address the page does not know (the server only sends the page for its own routes,
// so this is mostly a mistyped client-side link).
import { h } from '../dom.js';
import type { View } from './view.js';

export class NotFoundView implements View {
  readonly element = h('div', { class: 'not-found' },
    h('h1', { class: 'page-title', tabindex: -1 }, 'Page not found'),
    h('p', {}, 'This address does not lead to a view. ', h('a', { href: '/' }, 'Start a search'), '.'));

  show(): Promise<void> {
    document.title = 'Not found – Monitoring search';
    return Promise.resolve();
  }

  focusTarget(): HTMLElement | null {
    return this.element.querySelector('h1');
  }
}
