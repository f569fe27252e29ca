// Documents of a kind the indexer does not know: headings and paragraphs, so that nothing is
// ever dropped. A paragraph ends at a blank line, and also at a single line break after a
// sentence end (text converted from HTML keeps one newline per paragraph). A heading is a
// short line that does not end like a sentence, standing apart or followed by a paragraph;
// it becomes the section of the paragraphs under it. A line with no breaks at all is cut at
// sentence ends (long-lines.ts), and the summary says so.
import type { DocumentKind, DraftItem, Line, SegmentResult } from '../../types.js';
import { MAX_PARAGRAPH, splitLongLine } from './long-lines.js';

const MAX_HEADING = 120;
const MAX_HEADING_WORDS = 16;
const ENDS_SENTENCE = /[.!?:;]["”’)\]*]*$|[.!?]\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/;
/** A line ending on a function word goes on in the next line: it is no heading. */
const DANGLING = /\b(?:the|a|an|of|and|or|to|in|for|with|by|on|at|from|that|which|its|their|is|are|be|le|la|les|de|des|du|et|ou)$/i;
const BULLET = /^[-•▪◦–—*]\s|^\(?[a-z0-9]{1,3}[.)]\s/i;

function plain(text: string): string {
  return text.replace(/\*\*/g, '').trim();
}

export function looksLikeHeading(line: Line, previous: Line | undefined, next: Line | undefined): boolean {
  const t = plain(line.text);
  if (t.length === 0 || t.length > MAX_HEADING || t.includes('\t') || t.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (BULLET.test(t) && !/^[IVXLC]+\.\s|^\d+(?:\.\d+)*\.?\s+\p{Lu}/u.test(t)) return false;
  if (/[.,;:!?]["”’)]*$/.test(t) && !/^(?:[IVXLC]+|\d+(?:\.\d+)*)\.?$/.test(t)) return false;
  if (!/^["“„(]?[\p{Lu}\d]/u.test(t) || DANGLING.test(t)) return false;
  // Standing apart, or on its own line after a finished sentence and before more text.
  const apart = line.gapBefore && (next === undefined || next.gapBefore);
  const opensParagraph = (previous === undefined || line.gapBefore || ENDS_SENTENCE.test(previous.text.trim())) && next !== undefined && !next.gapBefore;
  return apart || opensParagraph;
}

export function segmentGeneric(lines: Line[], source = ''): SegmentResult {
  const items: DraftItem[] = [];
  const headings: SegmentResult['headings'] = [];
  const warnings: string[] = [];
  let section: string[] = [];
  let current: DraftItem | undefined;
  let split = 0;
  const expanded = lines.flatMap((line) => {
    if (line.text.length <= MAX_PARAGRAPH) return [line];
    const pieces = splitLongLine(line, source);
    if (pieces.length > 1) split++;
    return pieces;
  });
  expanded.forEach((line, i) => {
    const previous = expanded[i - 1];
    if (looksLikeHeading(line, previous, expanded[i + 1])) {
      headings.push({ start: line.start, end: line.end });
      section = [plain(line.text)];
      current = undefined;
      return;
    }
    const continues = current && !line.gapBefore && previous && !ENDS_SENTENCE.test(previous.text.trim()) && !BULLET.test(line.text.trim());
    if (current && continues) {
      current.text += '\n' + line.text;
      current.end = line.end;
      return;
    }
    current = { key: `p/${items.length + 1}`, type: 'paragraph', text: line.text, start: line.start, end: line.end, section: [...section] };
    items.push(current);
  });
  if (split > 0) warnings.push(`${split} line(s) longer than ${MAX_PARAGRAPH} characters had no paragraph breaks and were cut at sentence ends`);
  return { items, headings, warnings };
}

export const genericKind: DocumentKind = {
  kind: 'generic',
  detect: () => ({ score: 0, matched: true, evidence: ['read as headings and paragraphs'] }),
  segment: (layout) => segmentGeneric(layout.lines, layout.source),
};
