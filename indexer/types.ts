// Types passed between indexer stages (see pipeline.ts for the order).
import type { DocumentMeta, Item, Refs } from '../core/schema.js';
import type { LossReport } from './coverage/measure-loss.js';

/** Text of one source file, as extracted (txt as read; pdf rebuilt in the same conventions). */
export interface ExtractedText {
  text: string;
  /** Character ranges of printed pages, when the source had pages (PDF). */
  pages?: { start: number; end: number }[];
  /** Page furniture the extraction left out of the text (PDF running headers, page numbers), with the reason. */
  furniture?: { page: number; text: string; why: string }[];
}

export interface SourceDocument {
  meta: DocumentMeta;
  /** True when the manifest had no entry and metadata was inferred from the text. */
  inferred: boolean;
  extracted: ExtractedText;
}

/** A logical line: one or more physical lines of the source joined (page-break splits). */
export interface Line {
  text: string;
  start: number;
  end: number;
  /** A blank line, a page break or removed page furniture stands between this line and the previous one. */
  gapBefore: boolean;
}

/** A footnote text found at a former page bottom. */
export interface NoteText {
  n: number;
  text: string;
  start: number;
  end: number;
  /** Further stretches of the source the note goes on in (its tail at the next page's notes). */
  more?: { start: number; end: number }[];
}

/** The document with page furniture removed: what segmenters read. */
export interface Layout {
  source: string;
  lines: Line[];
  notes: NoteText[];
  /** Ranges dropped as page furniture (page numbers, debris): not content. */
  dropped: { start: number; end: number; why: string }[];
  /** Notes marked with asterisks, as a cover prints the note on its title: kept with the document's metadata. */
  coverNotes?: { text: string; start: number; end: number }[];
}

/**
 * What a segmenter returns: an item before ids, footnotes and facets are settled.
 * `text` still carries footnote markers; `key` is the id suffix within the document
 * (e.g. "rec/II-6", "q/9.1", "task/1.1"); `parentKey`/`respondsToKey` point at keys.
 */
export interface DraftItem extends Partial<Omit<Item, 'id' | 'document' | 'body' | 'year' | 'themes' | 'span' | 'parentId' | 'respondsTo' | 'refs' | 'footnotes' | 'start'>> {
  key: string;
  /** A task's printed start date (becomes Item.start; `start` here is the source offset). */
  taskStart?: string;
  type: Item['type'];
  text: string;
  start: number;
  end: number;
  parentKey?: string;
  respondsToKey?: string;
  /** Theme ids the document's own structure gives (e.g. a factsheet chapter). */
  themeHints?: string[];
  /** References printed in the item's own text ("(see paragraphs 15 and 16)"), merged with its footnotes' refs. */
  citedRefs?: Refs;
  /** The body whose words the item quotes, when not the document's (a committee in a compilation). */
  issuedBy?: string;
}

export interface SegmentResult {
  items: DraftItem[];
  /**
   * Printed labels the reader turned into field names ("Responsible Entity", "Deadline:"):
   * kept as structure, counted as dropped on purpose. Each must be a short label.
   */
  labels?: { start: number; end: number; why?: string }[];
  /** Lines the segmenter read as headings (their text goes into items' sections). */
  headings: { start: number; end: number }[];
  /** What a person should know about how the reader read the document. */
  warnings?: string[];
  /** Facts about the document the reader found in its text (the review's session), where the title block is silent. */
  meta?: Partial<Pick<DocumentMeta, 'session' | 'round'>>;
  /** Footnote markers printed in a heading belong to the first item under it (UN reports cite sources on headings). */
  headingNotesToFirstItem?: boolean;
}

export type Segmenter = (layout: Layout, doc: SourceDocument) => SegmentResult;

export interface ResolvedFootnote {
  n: number;
  text: string;
  refs?: Refs;
  ibidOf?: number;
}

export interface DocumentReport {
  document: string;
  file: string;
  kind: string;
  /** Why this kind was chosen: the manifest, or the detection's evidence. */
  kindEvidence: string[];
  inferred: boolean;
  itemsByType: Record<string, number>;
  footnotes: { resolved: number; unresolved: number; unresolvedMarkers: string[]; notesWithoutMarker: number[] };
  /** What of the source's text is found in no item or metadata and was not dropped on purpose. */
  loss: LossReport;
  warnings: string[];
}

/** How strongly a text looks like a kind, and why. */
export interface Detection {
  /** Sum of the weights of the structural features found. */
  score: number;
  /** The score reaches the kind's threshold. */
  matched: boolean;
  /** The features found, as a person would check them ("12 \"Question N\" headings"). */
  evidence: string[];
}

/** A kind of document the indexer understands, with how to recognise it from its text. */
export interface DocumentKind {
  kind: string;
  /** Scores the text's structure for this kind (used when the manifest names no kind). */
  detect(text: string): Detection;
  segment: Segmenter;
  /** Abbreviations the document defines in a list of its own (query expansion). */
  abbreviations?(layout: Layout): Record<string, string[]>;
}
