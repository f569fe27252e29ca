// A sharded deployment whose shard failed: the page says part of the corpus did not answer,
// rather than showing a partial list as if it were whole.
import type { PageContext } from '../../types.js';
import { renderPage } from './render-page.js';

export function unavailablePage(c: PageContext, shard: number) {
  return renderPage(c, { title: 'Part of the corpus is unavailable', description: 'A part of the corpus did not answer.', cacheControl: 'no-store' }, (
    <div class="not-found">
      <h1 class="page-title">Part of the corpus is unavailable</h1>
      <div class="error-box" role="alert">
        <p>Part {String(shard + 1)} of the corpus did not answer, so this page would be incomplete. Reload the page in a moment.</p>
      </div>
    </div>
  ), 503);
}
