// One document through the per-document stages, in order:
// layout → segment → find markers → resolve notes → attach footnotes → build items → coverage.
import type { Item } from '../core/schema.js';
import { buildLayout } from './layout/layout.js';
import { findDocumentMarkers } from './footnotes/find-all-markers.js';
import { resolveNotes } from './footnotes/resolve.js';
import { attachFootnotes } from './footnotes/attach.js';
import { buildItems } from './items/build-items.js';
import { measureCoverage } from './items/coverage.js';
import type { DocumentKind, DocumentReport, Layout, SourceDocument } from './types.js';

export interface IndexedDocument {
  items: Item[];
  /** item id → theme ids the document's headings give. */
  themeHints: Map<string, string[]>;
  layout: Layout;
  report: DocumentReport;
}

export function indexDocument(doc: SourceDocument, kind: DocumentKind, warnings: string[]): IndexedDocument {
  const layout = buildLayout(doc.extracted.text);
  const { items: drafts, headings } = kind.segment(layout, doc);
  const { markers, plain } = findDocumentMarkers(layout);
  const notes = resolveNotes(layout.notes);
  const attached = attachFootnotes(drafts, markers, notes.byNumber);
  const items = buildItems(doc, attached.annotated, plain);
  const themeHints = new Map<string, string[]>();
  items.forEach((item, i) => {
    const hints = drafts[i].themeHints;
    if (hints?.length) themeHints.set(item.id, hints);
  });
  const coverage = measureCoverage(layout, [...drafts, ...headings]);
  const itemsByType: Record<string, number> = {};
  for (const item of items) itemsByType[item.type] = (itemsByType[item.type] ?? 0) + 1;
  const unresolvedMarkers = attached.unresolvedMarkers.map((m) => `note ${m.n} at offset ${m.start}`);
  for (const n of notes.unresolvedIbids) unresolvedMarkers.push(`note ${n}: "Ibid." with no earlier note`);
  if (coverage.samples.length) warnings.push(...coverage.samples.map((s) => `not in any item: "${s}"`));
  const report: DocumentReport = {
    document: doc.meta.id,
    file: doc.meta.file,
    kind: kind.kind,
    inferred: doc.inferred,
    itemsByType,
    footnotes: {
      resolved: markers.length - attached.unresolvedMarkers.length,
      unresolved: attached.unresolvedMarkers.length + notes.unresolvedIbids.length,
      unresolvedMarkers,
      notesWithoutMarker: attached.notesWithoutMarker,
    },
    unassignedChars: coverage.unassignedChars,
    unassignedShare: Math.round(coverage.unassignedShare * 10000) / 10000,
    warnings,
  };
  return { items, themeHints, layout, report };
}
