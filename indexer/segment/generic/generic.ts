// Fallback for documents of a kind the indexer does not know: headings and paragraphs,
// so nothing is ever dropped. A paragraph is a run of lines with no gap between them.
import type { DocumentKind, DraftItem, Line, SegmentResult } from '../../types.js';

const MAX_HEADING = 120;

export function looksLikeHeading(line: Line, next: Line | undefined): boolean {
  const t = line.text.replace(/\*\*/g, '').trim();
  if (t.length === 0 || t.length > MAX_HEADING || t.includes('\t')) return false;
  if (/^[-•▪–]\s/.test(t)) return false;
  if (/[.,;:!?]["”’)]*$/.test(t) && !/^[IVX]+\.\s/.test(t)) return false;
  return line.gapBefore && (next === undefined || next.gapBefore);
}

export function segmentGeneric(lines: Line[]): SegmentResult {
  const items: DraftItem[] = [];
  const headings: SegmentResult['headings'] = [];
  let section: string[] = [];
  let current: DraftItem | undefined;
  lines.forEach((line, i) => {
    if (looksLikeHeading(line, lines[i + 1])) {
      headings.push({ start: line.start, end: line.end });
      section = [line.text.replace(/\*\*/g, '').trim()];
      current = undefined;
      return;
    }
    if (current && !line.gapBefore) {
      current.text += '\n' + line.text;
      current.end = line.end;
      return;
    }
    current = { key: `p/${items.length + 1}`, type: 'paragraph', text: line.text, start: line.start, end: line.end, section: [...section] };
    items.push(current);
  });
  return { items, headings };
}

export const genericKind: DocumentKind = {
  kind: 'generic',
  detect: () => true,
  segment: (layout) => segmentGeneric(layout.lines),
};
