// The API sends snippets HTML-escaped with <mark> around matched words. Rather than trusting
// that string as markup, it is split into plain-text pieces and marked pieces: if the server
// ever failed to escape something, the page would still show it as text.
export interface HighlightPiece {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

export const decodeEntities = (text: string): string =>
  text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]);

export function parseHighlight(snippet: string): HighlightPiece[] {
  const pieces: HighlightPiece[] = [];
  let marked = false;
  for (const part of snippet.split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') pieces.push({ text: decodeEntities(part), marked });
  }
  return pieces;
}

/** A plain-text preview for items shown without a search snippet. */
export function truncateWords(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
