// Documents submitted for a review: the State's national report and the summary of
// stakeholders' submissions. Numbered paragraphs under chapter and topic headings, with their
// footnotes (at page bottoms or as endnotes); a summary cites its stakeholders by the
// abbreviations of its own list (stakeholders.ts), which are resolved to their names on each
// paragraph and offered to search as expansions ("AI" finds "Amnesty International").
import type { DocumentKind, DraftItem, Layout, SegmentResult } from '../../types.js';
import { findDocumentMarkers } from '../../footnotes/find-all-markers.js';
import { detector, occurrences } from '../detect.js';
import { readUnits, unitSpan, unitText, type Unit } from '../un-common/units.js';
import { documentLists, stakeholdersIn, type Stakeholder } from './stakeholders.js';

export function segmentSubmission(layout: Layout): SegmentResult {
  const { units, headings, cut } = readUnits(layout);
  const lists = documentLists(layout);
  const markers = findDocumentMarkers(layout).markers;
  const noteText = new Map(layout.notes.filter((n) => !lists.listNotes.has(n.n)).map((n) => [n.n, n.text]));
  const items: DraftItem[] = [];
  let unnumbered = 0;
  let paragraph: DraftItem | undefined;
  for (const unit of units) {
    if (unit.kind === 'heading') continue;
    if (unit.kind === 'row') {
      items.push({ key: `p/${++unnumbered}`, type: 'paragraph', text: unit.cells.join('\t'), start: unit.line.start, end: unit.line.end, section: unit.section });
      continue;
    }
    const span = unitSpan(unit);
    if (unit.kind === 'sub' && paragraph) {
      paragraph.text += '\n' + unit.lines.map((l) => l.text).join('\n');
      paragraph.end = span.end;
      continue;
    }
    const number = unit.kind === 'paragraph' ? unit.number : (unit as Extract<Unit, { kind: 'item' }>).number;
    paragraph = {
      key: number !== undefined ? `para/${number}` : `p/${++unnumbered}`, type: 'paragraph', text: unitText(unit), ...span,
      section: unit.section, ...(number !== undefined ? { number } : {}),
    };
    items.push(paragraph);
  }
  if (lists.stakeholders.size) {
    for (const item of items) {
      const notes = markers.filter((m) => m.start >= item.start && m.start < item.end).map((m) => noteText.get(m.n)).filter((t): t is string => !!t);
      const cited = stakeholdersIn([item.text, ...notes], lists.stakeholders);
      if (cited.length) item.stakeholders = cited;
    }
  }
  return { items, headings, headingNotesToFirstItem: true, warnings: cut ? [`${cut} line(s) had no paragraph breaks and were cut at sentence ends`] : [] };
}

/** An expansion for search: the name without the country in parentheses or the list of members. */
function expansionOf(entry: Stakeholder): string {
  return entry.name.replace(/\s+submitted by:.*$/i, '').replace(/,?\s*\([^()]*\)\s*$/, '').trim();
}

export const submissionKind: DocumentKind = {
  kind: 'upr-submission',
  detect: detector([
    { label: 'the title block announces a national report or a summary of stakeholders\' submissions', weight: 3, count: (_, head) => occurrences(/National report submitted in accordance with|Summary of (?:Stakeholders|other stakeholders)|Rapport national (?:présenté|soumis)|Résumé des communications des parties prenantes/i, head) },
    { label: 'the title block names the Working Group on the Universal Periodic Review', weight: 1, count: (_, head) => occurrences(/Working Group on the Universal Periodic\s+Review|Groupe de travail sur l'Examen périodique universel/i, head) },
  ]),
  segment: (layout) => segmentSubmission(layout),
  abbreviations: (layout) => {
    const out: Record<string, string[]> = {};
    for (const entry of documentLists(layout).all) {
      const expansion = expansionOf(entry);
      if (expansion && expansion !== entry.abbreviation) (out[entry.abbreviation] ??= []).push(expansion);
    }
    return out;
  },
};
