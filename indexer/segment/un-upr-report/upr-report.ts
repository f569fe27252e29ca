// Reports of the Working Group on the Universal Periodic Review: numbered paragraphs (the
// summary of the review), then, under "Conclusions and/or recommendations", the paragraph
// that introduces the recommendations and the recommendations themselves — numbered "118.1"
// (later cycles) or "1." again from one (first cycle) — each with the States that made it in
// parentheses. A list's introduction may give the State's position on all of it ("enjoy its
// support", "would thus be noted"). The session the review was held at is read from the first
// paragraph ("held its seventh session"), and with it the review cycle.
import type { DocumentKind, DraftItem, Layout, SegmentResult } from '../../types.js';
import { un, POSITION_WORDS } from '../../series/un.js';
import { ordinalNumber } from '../../sources/ordinals.js';
import { detector, occurrences } from '../detect.js';
import { recommendingStates } from '../un-common/states.js';
import { readUnits, unitSpan, unitText, type Unit } from '../un-common/units.js';

/** "held its seventh session", "à sa vingt-troisième session". */
const HELD_SESSION = /\bheld\s+its\s+([\p{L}-]+|\d{1,2}(?:st|nd|rd|th))\s+session\b/iu;

/** The position a list's introduction states for all its recommendations, if any. */
export function positionOfList(introduction: string): 'supported' | 'noted' | undefined {
  return POSITION_WORDS.find((p) => p.printed.test(introduction))?.position;
}

export function segmentUprReport(layout: Layout): SegmentResult {
  const { units, headings, cut } = readUnits(layout, { restartingLists: true });
  const items: DraftItem[] = [];
  const positions = new Map<string, 'supported' | 'noted' | undefined>();
  let unnumbered = 0;
  let last: DraftItem | undefined;
  for (const unit of units) {
    if (unit.kind === 'heading') continue;
    if (unit.kind === 'row') {
      last = { key: `p/${++unnumbered}`, type: 'paragraph', text: unit.cells.join('\t'), start: unit.line.start, end: unit.line.end, section: unit.section };
      items.push(last);
      continue;
    }
    const text = unitText(unit);
    const span = unitSpan(unit);
    if (unit.kind === 'sub' && last) {
      // "(a) A national report …": part of the paragraph it stands in.
      last.text += '\n' + unit.lines.map((l) => l.text).join('\n');
      last.end = span.end;
      continue;
    }
    if (unit.kind === 'item') {
      const { text: recommendation, states } = recommendingStates(text.replace(/\s+/g, ' '));
      const position = unit.parent ? positions.get(unit.parent) : undefined;
      last = {
        key: `rec/${unit.number}`, type: 'recommendation', number: unit.number, text: recommendation, ...span,
        addressee: 'state', section: unit.section,
        ...(unit.parent ? { parentKey: `para/${unit.parent}` } : {}),
        ...(states.length ? { recommendingStates: states } : {}),
        ...(position ? { position } : {}),
      };
      items.push(last);
      continue;
    }
    const numbered = unit.kind === 'paragraph' && unit.number !== undefined;
    last = {
      key: numbered ? `para/${(unit as Extract<Unit, { kind: 'paragraph' }>).number}` : `p/${++unnumbered}`,
      type: 'paragraph', text, ...span, section: unit.section,
      ...(numbered ? { number: (unit as Extract<Unit, { kind: 'paragraph' }>).number } : {}),
    };
    items.push(last);
    if (numbered && /:\s*$/.test(text)) positions.set(last.number!, positionOfList(text));
  }
  return {
    items, headings,
    meta: reviewSession(items),
    warnings: cut ? [`${cut} line(s) had no paragraph breaks and were cut at sentence ends`] : [],
  };
}

/** The Working Group session named in the report's first paragraphs, and its cycle. */
function reviewSession(items: readonly DraftItem[]): SegmentResult['meta'] {
  for (const item of items.slice(0, 3)) {
    const m = HELD_SESSION.exec(item.text);
    const session = m ? ordinalNumber(m[1]) : undefined;
    if (session === undefined) continue;
    const round = un.roundOfSession?.(session, un.bodies[0].name);
    return { session, ...(round ? { round } : {}) };
  }
  return {};
}

/** A recommendation line: a number, text, and a State in parentheses before ";" or "." at its end. */
const RECOMMENDATION_LINE = /^\s*(?:\*\*)?\d{1,3}(?:\.\d{1,3})?\.?\s+\S.*\([\p{Lu}][^()\d]*(?:\([^()]*\))?\)\s*[;.]?(?:\*\*)?\s*$/gmu;
/** The same in text without line breaks: "118.4 Ensure … (State A);". */
const RECOMMENDATION_RUN_ON = /\b\d{1,3}\.\d{1,3}\s+\p{Lu}[^;]{5,600}?\([\p{Lu}][^()\d]*(?:\([^()]*\))?\)\s*[;.]/gu;

export const uprReportKind: DocumentKind = {
  kind: 'upr-report',
  detect: detector([
    { label: 'the title block names the report of the Working Group on the Universal Periodic Review', weight: 2, count: (_, head) => occurrences(/Report of the Working Group on the Universal\s+Periodic\s+Review|Rapport du Groupe de travail sur l'Examen périodique universel/i, head) },
    { label: '{n} numbered recommendations ending with a State in parentheses', weight: 2, atLeast: 5, count: (text) => Math.max(occurrences(RECOMMENDATION_LINE, text), occurrences(RECOMMENDATION_RUN_ON, text)) },
    { label: 'a chapter of conclusions and/or recommendations', weight: 1, count: (text) => occurrences(/Conclusions\s+and\/or\s+recommendations|Conclusions\s+et\/ou\s+recommandations/i, text) },
  ], 4),
  segment: (layout) => segmentUprReport(layout),
};
