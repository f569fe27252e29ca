// The "cite" line under an item and the item's path on the page: shared with the Atom feed and
// the MCP tools (core/citation.ts), so every reader cites an item the same way.
export { citationText, itemPath, type CitationParts } from '../../../core/citation.js';

export const itemIdFromPath = (pathname: string): string | undefined => {
  const match = /^\/item\/(.+)$/.exec(pathname);
  if (!match) return undefined;
  try {
    return match[1].split('/').map(decodeURIComponent).join('/');
  } catch {
    return undefined;
  }
};
