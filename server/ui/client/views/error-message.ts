// How a failed request reads on the page: the API's own message (it says what to fix).
import { ApiError } from '../api.js';
import { h } from '../dom.js';

export function errorMessage(error: unknown): HTMLElement {
  const text = error instanceof ApiError ? error.message
    : 'The service could not be reached. Check the connection and try again.';
  return h('div', { class: 'error-box', role: 'alert' }, h('p', {}, text));
}
