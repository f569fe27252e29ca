// The State's views on the recommendations of its review (the addendum to the Working Group's
// report) and thematic lists of positions: for each recommendation, by its number in the
// report, whether the State supports it or notes it, and why. Printed as one line per
// recommendation ("118.1 Supported. The instrument …"), as a paragraph naming several
// ("Recommendations 118.4 to 118.6 are supported. …"), or as a table (Recommendation |
// Position | Comments) grouped under themes. Each becomes a response item numbered like the
// recommendation it answers; the link to that recommendation is made across documents when
// the report is indexed too (indexer/analysis/review-links.ts).
import type { DocumentKind, DraftItem, Layout, SegmentResult } from '../../types.js';
import { POSITION_WORDS } from '../../series/un.js';
import { detector, occurrences } from '../detect.js';
import { recommendingStates } from '../un-common/states.js';
import { readUnits, unitSpan, unitText, type Unit } from '../un-common/units.js';

type Position = 'supported' | 'noted';

const REC = String.raw`\d{1,3}\.\d{1,3}`;
/** "118.4 to 118.6", "97.1, 97.3 and 97.5", "118.4–118.6". */
const LIST = String.raw`${REC}(?:\s*(?:,|and|et|to|à|[-–])\s*${REC})*`;
/** A sentence stating positions: "Recommendations 118.4 to 118.6 are supported." / "… supports recommendations 97.1 and 97.2." */
const STATEMENT = new RegExp(String.raw`^(?:Recommendations?\s+)?(${LIST})\b[^.]{0,40}?\b(?:is|are|was|were|has\s+been|have\s+been|sont|est)\b|\b(?:supports?|accepts?|notes?|takes?\s+note\s+of)\s+(?:the\s+following\s+)?recommendations?:?\s+(${LIST})`, 'i');

function positionOf(text: string): { position: Position; index: number; length: number } | undefined {
  let best: { position: Position; index: number; length: number } | undefined;
  for (const p of POSITION_WORDS) {
    const m = p.printed.exec(text);
    if (m && (!best || m.index < best.index)) best = { position: p.position, index: m.index, length: m[0].length };
  }
  return best;
}

/** "118.4 to 118.6" → 118.4, 118.5, 118.6; "97.1, 97.3 and 97.5" → each. */
export function recommendationNumbers(list: string): string[] {
  const out: string[] = [];
  const parts = list.split(/\s*(?:,|\band\b|\bet\b)\s*/);
  for (const part of parts) {
    const range = /^(\d+)\.(\d+)\s*(?:to|à|[-–])\s*(\d+)\.(\d+)$/.exec(part.trim());
    if (range && range[1] === range[3]) {
      for (let n = Number(range[2]); n <= Number(range[4]); n++) out.push(`${range[1]}.${n}`);
    } else if (/^\d+\.\d+$/.test(part.trim())) out.push(part.trim());
  }
  return out;
}

/** The text after the first sentence: the explanation of a position line. */
function afterFirstSentence(text: string): string | undefined {
  // A sentence ends at a full stop before a capital, not at the dot in "118.4".
  const m = /^.*?[.!?](?:\s+(?=[\p{Lu}"“(])|\s*$)/u.exec(text);
  const rest = m ? text.slice(m[0].length).trim() : '';
  return rest === '' ? undefined : rest;
}

const HEADER_CELL = /^(?:recommendations?|positions?|comments?|explanations?|themes?|status|no\.?|recommandations?|observations?|commentaires?)$/i;

export function segmentPositions(layout: Layout): SegmentResult {
  const { units, headings, cut } = readUnits(layout);
  const items: DraftItem[] = [];
  const labels: SegmentResult['labels'] = [];
  let theme: string | undefined;
  let unnumbered = 0;
  const push = (item: DraftItem) => items.push(item);
  units.forEach((unit, u) => {
    if (unit.kind === 'heading') { theme = undefined; return; }
    if (unit.kind === 'row') {
      if (unit.cells.every((c) => c === '' || HEADER_CELL.test(c))) {
        labels.push({ start: unit.line.start, end: unit.line.end });
        return;
      }
      const number = new RegExp(`^(${REC})\\.?\\s+(.*)$`).exec(unit.cells[0]);
      const cell = unit.cells.findIndex((c, i) => i > 0 && positionOf(c)?.index === 0);
      if (number && cell > 0) {
        const { text, states } = recommendingStates(number[2]);
        const explanation = unit.cells.slice(cell + 1).filter(Boolean).join(' ');
        push({
          key: `pos/${number[1]}`, type: 'response', number: number[1], text, start: unit.line.start, end: unit.line.end,
          position: positionOf(unit.cells[cell])!.position, addressee: 'state',
          ...(states.length ? { recommendingStates: states } : {}),
          ...(explanation ? { explanation } : {}),
          section: theme ? [...unit.section, theme] : unit.section,
        });
        return;
      }
      push({ key: `p/${++unnumbered}`, type: 'paragraph', text: unit.cells.join('\t'), start: unit.line.start, end: unit.line.end, section: unit.section });
      return;
    }
    const text = unitText(unit).replace(/\s*\n\s*/g, ' ');
    const span = unitSpan(unit);
    // A short line between table rows names the theme of the rows under it.
    const between = units[u - 1]?.kind === 'row' || units[u + 1]?.kind === 'row';
    if (unit.kind === 'paragraph' && unit.number === undefined && between && unit.lines.length === 1 && !/[.;:]$/.test(text)) {
      theme = text;
      headings.push(span);
      return;
    }
    if (unit.kind === 'item') {
      const found = positionOf(text);
      if (found && found.index === 0) {
        const explanation = afterFirstSentence(text);
        push({ key: `pos/${unit.number}`, type: 'response', number: unit.number, text, ...span, position: found.position, addressee: 'state', ...(explanation ? { explanation } : {}), section: unit.section });
        return;
      }
      if (found) {
        // "118.1 Ratify the Optional Protocol … (State A): supported, since …"
        const { text: quoted, states } = recommendingStates(text.slice(0, found.index).replace(/[\s:–-]+$/, ''));
        const explanation = afterFirstSentence(text.slice(found.index));
        push({
          key: `pos/${unit.number}`, type: 'response', number: unit.number, text: quoted, ...span, position: found.position, addressee: 'state',
          ...(states.length ? { recommendingStates: states } : {}), ...(explanation ? { explanation } : {}), section: unit.section,
        });
        return;
      }
    }
    const statement = STATEMENT.exec(text);
    const found = statement ? positionOf(text.slice(statement.index)) : undefined;
    if (statement && found && found.index < 160) {
      const numbers = recommendationNumbers(statement[1] ?? statement[2]);
      const explanation = afterFirstSentence(text.slice(statement.index));
      // The paragraph's own number labels the positions it states.
      if (unit.kind === 'paragraph' && unit.number !== undefined) {
        const label = /^\s*(?:\*\*)?\d{1,3}\./.exec(unit.lines[0].text);
        if (label) labels.push({ start: span.start, end: span.start + label[0].length, why: 'paragraph number' });
      }
      for (const number of numbers) {
        push({ key: `pos/${number}`, type: 'response', number, text, ...span, position: found.position, addressee: 'state', ...(explanation ? { explanation } : {}), section: unit.section });
      }
      return;
    }
    const numbered = unit.kind === 'paragraph' && unit.number !== undefined;
    push({
      key: numbered ? `para/${(unit as Extract<Unit, { kind: 'paragraph' }>).number}` : unit.kind === 'item' ? `p/${unit.number}` : `p/${++unnumbered}`,
      type: 'paragraph', text, ...span, section: unit.section,
      ...(numbered ? { number: (unit as Extract<Unit, { kind: 'paragraph' }>).number } : {}),
    });
  });
  return { items: dedupe(items), headings, labels, warnings: cut ? [`${cut} line(s) had no paragraph breaks and were cut at sentence ends`] : [] };
}

/** A recommendation answered twice keeps its first answer; the second is kept apart, not lost. */
function dedupe(items: DraftItem[]): DraftItem[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const n = seen.get(item.key) ?? 0;
    seen.set(item.key, n + 1);
    return n === 0 ? item : { ...item, key: `${item.key}~${n + 1}` };
  });
}

export const positionsKind: DocumentKind = {
  kind: 'upr-positions',
  detect: detector([
    { label: 'the title block gives the views of the State under review (an addendum)', weight: 2, count: (_, head) => occurrences(/Views on conclusions and\/or\s+recommendations|Addendum|Observations sur les conclusions et\/ou recommandations/i, head) },
    { label: '{n} recommendation numbers with a position', weight: 2, atLeast: 3, count: (text) => occurrences(new RegExp(`^\\s*${REC}\\b.{0,400}?\\b(?:supported|noted|accepted)\\b`, 'gim'), text) },
    { label: 'a range of recommendations with a position', weight: 1, count: (text) => occurrences(new RegExp(`Recommendations?\\s+${LIST}[^.]{0,40}\\b(?:supported|noted)\\b`, 'gi'), text) },
  ]),
  segment: (layout) => segmentPositions(layout),
};
