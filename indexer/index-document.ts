// One document through the per-document stages, in order:
// layout → segment → find markers → resolve notes → attach footnotes → build items → coverage.
import type { Item } from '../core/schema.js';
import { buildLayout } from './layout/layout.js';
import { findDocumentMarkers } from './footnotes/find-all-markers.js';
import { resolveNotes } from './footnotes/resolve.js';
import { attachFootnotes } from './footnotes/attach.js';
import { buildItems } from './items/build-items.js';
import { measureLoss, type DroppedRange } from './coverage/measure-loss.js';
import { frontMatter } from './coverage/front-matter.js';
import { keepOrphanHeadings } from './items/orphan-headings.js';
import { keepUnreadLines } from './items/unread-lines.js';
import type { DocumentKind, DocumentReport, Layout, SourceDocument } from './types.js';

export interface IndexedDocument {
  /** The document's metadata with what its reader found in the text (a review's session and cycle). */
  meta: SourceDocument['meta'];
  items: Item[];
  /** item id → theme ids the document's headings give. */
  themeHints: Map<string, string[]>;
  layout: Layout;
  report: DocumentReport;
  /** The title page as printed, kept as the document's metadata. */
  frontMatter?: string;
  /** Every range of the source the loss measure left out on purpose, with its reason. */
  dropped: DroppedRange[];
}

/** The note's own number at the start of its text ("5 Denmark, …", "¹⁶ Ibid."). */
function noteNumberLength(source: string, start: number): number {
  return /^\s*(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)/.exec(source.slice(start, start + 12))?.[0].length ?? 0;
}

/** A field label is a few words ("Responsible Entity", "Deadline:") or a number label ("3."), never a sentence. */
function isLabel(text: string): boolean {
  const t = text.trim();
  if (/^(?:\d{1,3}(?:\.\d{1,3})*\.?|\([a-z]{1,2}\))$/.test(t)) return true;
  return t.length > 0 && t.length <= 60 && t.split(/\s+/).length <= 10 && !/[.;!?]\s*$/.test(t.replace(/\bNo\.$/, ''));
}

export function indexDocument(
  doc: SourceDocument,
  kind: DocumentKind,
  warnings: string[],
  kindEvidence: string[] = [`kind "${kind.kind}" given in the manifest`],
): IndexedDocument {
  const layout = buildLayout(doc.extracted.text);
  const segmented = kind.segment(layout, doc);
  const { labels = [], warnings: readerWarnings = [] } = segmented;
  const unread = keepUnreadLines(layout, keepOrphanHeadings(layout, segmented.items, segmented.headings), segmented);
  const drafts = unread.drafts;
  if (unread.lines > 0) warnings.push(`${doc.meta.file}: ${unread.lines} line(s) that the ${kind.kind} reader did not take were kept as paragraphs (unread/…)`);
  warnings.push(...readerWarnings.map((w) => `${doc.meta.file}: ${w}`));
  // What the reader found fills what the manifest and the title block left open, never more.
  const facts = Object.fromEntries(Object.entries(segmented.meta ?? {}).filter(([k]) => doc.meta[k as keyof typeof doc.meta] === undefined));
  const read: SourceDocument = Object.keys(facts).length ? { ...doc, meta: { ...doc.meta, ...facts } } : doc;
  const { markers, plain } = findDocumentMarkers(layout);
  const notes = resolveNotes(layout.notes);
  const attached = attachFootnotes(drafts, markers, notes.byNumber, segmented.headingNotesToFirstItem ? segmented.headings : undefined);
  const items = buildItems(read, attached.annotated, plain, markers);
  const themeHints = new Map<string, string[]>();
  items.forEach((item, i) => {
    const hints = drafts[i].themeHints;
    if (hints?.length) themeHints.set(item.id, hints);
  });
  const firstItemStart = Math.min(layout.source.length, ...drafts.map((d) => d.start));
  // The cover's own notes ("* Adopted by the Committee at …") are part of the title page.
  const titlePage = [frontMatter(layout, firstItemStart), ...(layout.coverNotes ?? []).map((n) => `* ${n.text}`)].filter(Boolean).join('\n') || undefined;
  const dropped: DroppedRange[] = [
    ...layout.dropped,
    ...markers.map((m) => ({ start: m.start, end: m.end, why: 'footnote marker' })),
    ...layout.notes.map((n) => ({ start: n.start, end: n.start + noteNumberLength(layout.source, n.start), why: 'footnote marker' })),
    ...labels.filter((l) => isLabel(layout.source.slice(l.start, l.end))).map((l) => ({ start: l.start, end: l.end, why: l.why ?? 'field label' })),
  ];
  // A note that goes on at the next page's notes is matched part by part: its parts stand apart in the source.
  const attachedNotes = new Set(items.flatMap((i) => (i.footnotes ?? []).map((f) => f.n)));
  const noteParts = layout.notes.filter((n) => n.more && attachedNotes.has(n.n))
    .flatMap((n) => [{ start: n.start, end: n.end }, ...n.more!].map((p) => layout.source.slice(p.start, p.end)));

  const loss = measureLoss({ source: layout.source, items, metadata: [...documentMetadataTexts(read), titlePage ?? '', ...noteParts], dropped, apart: layout.notes, droppedBefore: doc.extracted.furniture });
  const itemsByType: Record<string, number> = {};
  for (const item of items) itemsByType[item.type] = (itemsByType[item.type] ?? 0) + 1;
  const unresolvedMarkers = attached.unresolvedMarkers.map((m) => `note ${m.n} at offset ${m.start}`);
  for (const n of notes.unresolvedIbids) unresolvedMarkers.push(`note ${n}: "Ibid." with no earlier note`);
  const report: DocumentReport = {
    document: doc.meta.id,
    file: doc.meta.file,
    kind: kind.kind,
    kindEvidence,
    inferred: doc.inferred,
    itemsByType,
    footnotes: {
      resolved: markers.length - attached.unresolvedMarkers.length,
      unresolved: attached.unresolvedMarkers.length + notes.unresolvedIbids.length,
      unresolvedMarkers,
      notesWithoutMarker: attached.notesWithoutMarker,
    },
    loss: { ...loss, lostShare: Math.round(loss.lostShare * 10000) / 10000 },
    warnings,
  };
  return { meta: read.meta, items, themeHints, layout, report, dropped, ...(titlePage ? { frontMatter: titlePage } : {}) };
}

/** What the document's metadata says: text of the source found there is not lost. */
function documentMetadataTexts(doc: SourceDocument): string[] {
  const { title, body, source, round, country, symbol } = doc.meta;
  return [title, body, source, round, country, symbol].filter((t): t is string => typeof t === 'string');
}
