// Treaty bodies' concluding observations and the compilations of UN information prepared for a
// review: numbered paragraphs in which a body reports what it found ("The Committee notes …",
// "CERD was concerned …": observations) or asks something of the State, graded on the common
// scale by its verb ("urges": require; "recommends", "recommended that": request;
// "encourages", "invites": invite), with lettered parts ("(a) Establish …") that take the
// grading of the lead-in they complete. In a compilation every paragraph quotes a body by name
// or abbreviation; the quoted committee becomes the item's body. Notes cite the documents
// quoted by their symbols (cited-documents.ts), and notes printed on a heading belong to the
// first paragraph under it.
import type { DocumentKind, DraftItem, Layout, SegmentResult, SourceDocument } from '../../types.js';
import { gradeText } from '../../series/index.js';
import { QUOTED_BODIES, REPORTING_VERBS, un } from '../../series/un.js';
import { detector, occurrences } from '../detect.js';
import { readUnits, unitSpan, unitText, type Unit } from '../un-common/units.js';

/** The opening of a paragraph, up to its first verb: where its subject, the body quoted, stands. */
const OPENING = 160;

/** The body a paragraph quotes in its opening ("The Committee on the Rights of the Child recommended"). */
function quotedBody(text: string): string | undefined {
  const opening = text.slice(0, OPENING);
  const reported = REPORTING_VERBS.exec(opening)?.index ?? OPENING;
  const graded = gradeText(un, opening);
  // The subject: what stands before the first verb (the grading phrase includes its actor).
  const subject = opening.slice(0, Math.min(reported, graded ? graded.end : OPENING));
  let best: { at: number; name: string } | undefined;
  for (const body of QUOTED_BODIES) {
    const m = body.printed.exec(subject);
    if (m && (!best || m.index < best.at)) best = { at: m.index, name: body.name };
    for (const abbreviation of body.abbreviations ?? []) {
      const a = new RegExp(`(?:^|[\\s(])${abbreviation}(?=[\\s),])`).exec(subject);
      if (a && (!best || a.index < best.at)) best = { at: a.index, name: body.name };
    }
  }
  return best?.name;
}

/** A paragraph in which a body reports ("The Committee welcomes …") rather than the document speaking. */
function isObservation(text: string): boolean {
  const verb = REPORTING_VERBS.exec(text.slice(0, OPENING));
  return !!verb && /^(?:The\s+|[\p{Lu}]{2,})/u.test(text);
}

export function segmentObservations(layout: Layout, doc: SourceDocument): SegmentResult {
  const { units, headings, cut } = readUnits(layout);
  const items: DraftItem[] = [];
  const labels: NonNullable<SegmentResult['labels']> = [];
  let unnumbered = 0;
  let paragraph: DraftItem | undefined;
  for (const unit of units) {
    if (unit.kind === 'heading') continue;
    if (unit.kind === 'row') {
      items.push({ key: `p/${++unnumbered}`, type: 'paragraph', text: unit.cells.join('\t'), start: unit.line.start, end: unit.line.end, section: unit.section });
      continue;
    }
    const text = unitText(unit);
    const span = unitSpan(unit);
    if (unit.kind === 'sub' && paragraph && paragraph.type === 'recommendation' && unit.parent === paragraph.number) {
      // "(a) Establish …": a part, graded by the lead-in it completes; its letter is in its number.
      const letter = /^\s*\([a-z]{1,2}\)/.exec(unit.lines[0].text);
      if (letter) labels.push({ start: span.start, end: span.start + letter[0].length, why: 'paragraph number' });
      items.push({
        key: `para/${paragraph.number}(${unit.letter})`, type: 'recommendation', number: `${paragraph.number} (${unit.letter})`, text, ...span,
        parentKey: paragraph.key, urgency: paragraph.urgency, urgencyVerb: paragraph.urgencyVerb, addressee: paragraph.addressee,
        section: unit.section, ...(paragraph.issuedBy ? { issuedBy: paragraph.issuedBy } : {}),
      });
      continue;
    }
    if ((unit.kind === 'sub' || (unit.kind === 'paragraph' && unit.number === undefined)) && paragraph) {
      paragraph.text += '\n' + unit.lines.map((l) => l.text).join('\n');
      paragraph.end = span.end;
      continue;
    }
    const number = unit.kind === 'paragraph' ? unit.number : (unit as Extract<Unit, { kind: 'item' }>).number;
    const flat = text.replace(/\s+/g, ' ');
    const grading = gradeText(un, flat);
    const body = quotedBody(flat);
    const type = grading ? 'recommendation' : isObservation(flat) ? 'observation' : 'paragraph';
    // Only a body that speaks (reports or asks) is quoted; a paragraph merely naming one is the document's.
    const issuedBy = body && body !== doc.meta.body && type !== 'paragraph' ? { issuedBy: body } : {};
    paragraph = {
      key: number !== undefined ? `para/${number}` : `p/${++unnumbered}`, type, text, ...span, section: unit.section,
      ...(number !== undefined ? { number } : {}),
      ...(grading ? { urgency: grading.urgency, urgencyVerb: grading.verb, addressee: 'state' as const } : {}),
      ...issuedBy,
    };
    items.push(paragraph);
  }
  return { items, headings, labels, headingNotesToFirstItem: true, warnings: cut ? [`${cut} line(s) had no paragraph breaks and were cut at sentence ends`] : [] };
}

export const observationsKind: DocumentKind = {
  kind: 'un-observations',
  detect: detector([
    { label: 'the title block announces concluding observations or a compilation of UN information', weight: 3, count: (_, head) => occurrences(/\bConcluding observations\b|\bObservations finales\b|\bCompilation (?:on|of UN information|sur)\b/i, head) },
    { label: '{n} paragraphs in which a committee urges, recommends or encourages', weight: 1, atLeast: 3, count: (text) => occurrences(/\b(?:The\s+)?Committee\b[^.]{0,120}?\b(?:urges|recommends|encourages|urged|recommended|encouraged)\b/g, text) },
  ]),
  segment: (layout, doc) => segmentObservations(layout, doc),
};
