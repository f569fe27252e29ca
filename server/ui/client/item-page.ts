// The item page, enhanced: copy buttons for the citation and the permalink, and a "Back to
// results" link that goes back through the history, so the results come back where they were.
import { isPlainClick } from './dom-helpers.js';

export function enhanceCopyButtons(root: HTMLElement): void {
  const status = root.querySelector<HTMLElement>('.copy-status');
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
    const source = button && document.getElementById(button.dataset.copy ?? '');
    if (!source) return;
    navigator.clipboard.writeText(source.textContent ?? '')
      .then(() => { if (status) status.textContent = 'Copied to the clipboard.'; })
      .catch(() => { if (status) status.textContent = 'Copying is blocked here: select the text and copy it.'; });
  });
}

export function enhanceBackLink(link: HTMLAnchorElement): void {
  link.addEventListener('click', (event) => {
    // The previous entry is the page the link leads to: going back restores its scroll position.
    if (isPlainClick(event, link) && document.referrer === link.href && history.length > 1) {
      event.preventDefault();
      history.back();
    }
  });
}
