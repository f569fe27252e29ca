// The one item schema: written by the indexer, validated when the corpus loads,
// returned by the API. Fields are absent when they do not apply.
import { z } from 'zod';
// The value lists live apart so the server can validate against them without building this
// module's schemas at start-up (see core/vocabulary.ts).
import { ADDRESSEES, ITEM_TYPES, POSITIONS, STATUSES, URGENCIES } from './vocabulary.js';

export { ADDRESSEES, ITEM_TYPES, POSITIONS, STATUSES, URGENCIES };

export const ItemType = z.enum(ITEM_TYPES);
export const Urgency = z.enum(URGENCIES);
export const Addressee = z.enum(ADDRESSEES);
export const FulfilmentStatus = z.enum(STATUSES);
export const Position = z.enum(POSITIONS);

/** A document cited by its symbol ("CRC/C/SVN/CO/3-4, para. 37"); `document` is set when it is indexed. */
export const CitedDocument = z.object({
  symbol: z.string(),
  paragraphs: z.array(z.number().int()).optional(),
  /** Recommendation numbers of a review report ("145.1"). */
  recommendations: z.array(z.string()).optional(),
  /** Id of the indexed document with this symbol. */
  document: z.string().optional(),
  /** Ids of its items the citation names (paragraphs, recommendations), when indexed. */
  items: z.array(z.string()).optional(),
});
export type CitedDocument = z.infer<typeof CitedDocument>;

export const Refs = z.object({
  recommendations: z.array(z.string()),
  paragraphs: z.array(z.number().int()),
  /** Other documents cited by their symbol: their paragraphs and recommendations belong to them, not to `paragraphs`. */
  documents: z.array(CitedDocument).optional(),
});
export type Refs = z.infer<typeof Refs>;

export const Footnote = z.object({
  n: z.number().int(),
  text: z.string(),
  refs: Refs.optional(),
  /** "Ibid." notes keep their own text and borrow the previous note's refs. */
  ibidOf: z.number().int().optional(),
  /**
   * Ids of the items the note's refs resolve to in the report it cites, when that report is
   * indexed too ("Para. 73" → "<report>/para/73", "Recommendation II-6" → "<report>/rec/II-6").
   */
  targets: z.array(z.string()).optional(),
  /** Where the note's marker stands in the item's text (offsets in UTF-16 units, after the word it follows). */
  at: z.array(z.number().int().min(0)).optional(),
});
export type Footnote = z.infer<typeof Footnote>;

export const Span = z.object({ start: z.number().int(), end: z.number().int() });

export const Item = z.object({
  id: z.string(),
  document: z.string(),
  type: ItemType,
  text: z.string(),
  title: z.string().optional(),
  number: z.string().optional(),
  parentId: z.string().optional(),
  respondsTo: z.string().optional(),
  section: z.array(z.string()).optional(),
  urgency: Urgency.optional(),
  /** The document's own grading verb ("urges", "considers … should", "requests"), kept next to the common scale. */
  urgencyVerb: z.string().optional(),
  addressee: Addressee.optional(),
  body: z.string(),
  /** The document's own date; absent when the document gives none (never a placeholder). */
  year: z.number().int().optional(),
  round: z.string().optional(),
  country: z.string().optional(),
  themes: z.array(z.string()),
  refs: Refs.optional(),
  footnotes: z.array(Footnote).optional(),
  response: z.string().optional(),
  commitment: z.boolean().optional(),
  goal: z.string().optional(),
  description: z.string().optional(),
  financing: z.string().optional(),
  targetGroup: z.string().optional(),
  start: z.string().optional(),
  /** The deadline as printed ("III quarter of 2002", "Permanently", "2016–2007"). */
  deadline: z.string().optional(),
  /**
   * The deadline normalised, for sorting and timelines: "2023", "2023-06", "2023-06-30",
   * "2002-Q3", "2003-H2", "2002/2004" (a range), "from:2002" (open-ended), "permanent", "annual".
   */
  due: z.string().optional(),
  /** Why the printed deadline cannot be taken at its word ("range ends before it starts"). */
  dueProblem: z.string().optional(),
  responsible: z.array(z.string()).optional(),
  cooperating: z.array(z.string()).optional(),
  indicators: z.string().optional(),
  status: FulfilmentStatus.optional(),
  timetable: z.string().optional(),
  /** For table items: rows of cells as printed. */
  rows: z.array(z.array(z.string())).optional(),
  /** The States that made a review recommendation, as printed (a long name with "and" and parentheses kept whole). */
  recommendingStates: z.array(z.string()).optional(),
  /** The State's position on a review recommendation (on the position and, once resolved, on the recommendation). */
  position: Position.optional(),
  /** The State's explanation of its position, when it gives one. */
  explanation: z.string().optional(),
  /** Sources the item cites by a list of the document's own abbreviations ("JS1", "AI"), resolved to their names. */
  stakeholders: z.array(z.object({ abbreviation: z.string(), name: z.string() })).optional(),
  /** The document's own symbol ("A/HRC/14/15"): with `number`, the item's citation. */
  symbol: z.string().optional(),
  /** The session of the review or committee in which the document was issued. */
  session: z.number().int().optional(),
  span: Span,
  /** Items of other documents on the same matter, computed at index time. */
  related: z.array(z.object({ id: z.string(), score: z.number(), terms: z.array(z.string()) })).optional(),
});
export type Item = z.infer<typeof Item>;

export const DocumentMeta = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
  file: z.string(),
  title: z.string(),
  body: z.string(),
  year: z.number().int().min(1900).max(2100).optional(),
  /** A programme's years as printed in its title ("2002–2005"); `year` is the first. */
  period: z.tuple([z.number().int(), z.number().int()]).optional(),
  round: z.string().optional(),
  country: z.string().optional(),
  kind: z.string(),
  format: z.enum(['txt', 'pdf']),
  source: z.string().optional(),
  /** The legacy code page of a text file that is not UTF-8 ("windows-1252"), when the guess is wrong. */
  encoding: z.string().optional(),
  /**
   * The id of the report whose paragraphs and recommendations this document's notes cite;
   * without it, the implementation report of the same body and round.
   */
  cites: z.string().optional(),
  /** The document's symbol as printed in its title block ("A/HRC/14/15", "CRC/C/SVN/CO/3-4"). */
  symbol: z.string().optional(),
  /** The session of the review or committee ("seventh session" → 7). */
  session: z.number().int().optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

export const Manifest = z.object({ documents: z.array(z.unknown()) });

export const DocumentSummary = DocumentMeta.omit({ file: true }).extend({
  items: z.number().int(),
  /** Share (0–1) of the source's visible text found in no item, note, heading or metadata and not dropped on purpose. */
  lostShare: z.number().optional(),
  /** The title page as printed (cover lines before the first item): symbol, issuer, dates. */
  frontMatter: z.string().optional(),
  /** Metadata was inferred from the text because the manifest had no entry. */
  inferred: z.boolean().optional(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;
