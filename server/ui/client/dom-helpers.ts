// Small DOM chores of the page script.

/** A plain left click with no modifier on a link that opens in this tab: the page may handle it itself. */
export function isPlainClick(event: MouseEvent, link: HTMLAnchorElement): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  return link.target === '' && !link.hasAttribute('download');
}

/** What names a control across a redraw: its id, or a checkbox's name and value. */
function controlKey(element: Element | null): string | undefined {
  if (!(element instanceof HTMLElement)) return undefined;
  if (element.id) return `#${element.id}`;
  if (element instanceof HTMLInputElement && element.name) return `${element.name}=${element.value}`;
  return undefined;
}

/** Redraws inside `root` and gives keyboard focus back to the same control, if it is still there. */
export function keepFocus(root: HTMLElement, redraw: () => void): void {
  const key = root.contains(document.activeElement) ? controlKey(document.activeElement) : undefined;
  redraw();
  if (key === undefined || controlKey(document.activeElement) === key) return;
  const match = key.startsWith('#')
    ? document.getElementById(key.slice(1))
    : [...root.querySelectorAll('input[name]')].find((input) => controlKey(input) === key);
  if (match instanceof HTMLElement) match.focus({ preventScroll: true });
}
