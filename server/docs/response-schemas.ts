// The shapes of the API's answers, for the OpenAPI document (scripts/build-openapi.ts) and as
// types for the handlers and the page (type-only imports). Never imported at run time by the
// server: the Worker answers without building them. The item schema itself is core/schema.ts's:
// indexer, corpus loader and API describe items with one schema.
import { z } from 'zod';
import { DocumentSummary as CoreDocumentSummary, Item as CoreItem } from '../../core/schema.js';
import {
  CITATION_KINDS, EXTRA_FACET_FIELDS, FACET_FIELDS, NOTICE_CODES, SORTS,
} from '../../core/search/types.js';
import { ERRORS, type ErrorCode } from '../errors.js';

/** A named schema: a component of the OpenAPI document, referenced wherever it is used. */
const named = <T extends z.ZodType>(id: string, schema: T, description?: string): T =>
  schema.meta({ id, ...(description ? { description } : {}) }) as T;

const counts = z.record(z.string(), z.number().int());

export const ItemSchema = named('Item', CoreItem);
export const DocumentSummarySchema = named('DocumentSummary', CoreDocumentSummary);

export const ErrorSchema = named('Error', z.object({
  error: z.object({
    code: z.enum(Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]]),
    message: z.string().meta({ description: 'What was wrong and how to fix it, for people.' }),
  }),
}));

export const ItemListSchema = named('ItemList', z.object({ items: z.array(ItemSchema) }));
export const DocumentListSchema = named('DocumentList', z.object({ documents: z.array(DocumentSummarySchema) }));

export const QuestionRefSchema = named('QuestionRef', z.object({
  id: z.string(),
  type: CoreItem.shape.type,
  number: z.string().optional().meta({ description: 'The question\'s printed number ("9.2").' }),
  title: z.string().optional(),
  text: z.string(),
  lead: z.string().optional().meta({ description: 'The lead-in of the list the question belongs to ("Does national law criminalise cases when adults:").' }),
}), 'The question, goal or recommendation an answer, reply or promise answers.');

export const SearchHitSchema = named('SearchHit', ItemSchema.omit({ related: true }).extend({
  label: z.string().optional().meta({
    description: 'The number a card and a citation show: `number` when printed, else the label the id was built from ("II-6" for a Lanzarote recommendation).',
  }),
  score: z.number(),
  partial: z.boolean().meta({ description: "True when the item matches only some of the query's words (ranked after full matches)." }),
  highlights: z.object({
    text: z.string().optional(),
    title: z.string().optional(),
    section: z.string().optional().meta({ description: 'The heading path joined with " › ", when a query word was found only there.' }),
    question: z.string().optional().meta({ description: 'The question shown with an answer, when query words were found in it.' }),
  }).meta({ description: 'HTML-escaped snippets with <mark> around matched terms.' }),
  cites: z.literal(true).optional().meta({ description: 'Present when the item cites a paragraph, recommendation or document the query cites (such items come first).' }),
  question: QuestionRefSchema.optional().meta({ description: 'For an answer, reply or promise: the question it answers.' }),
}));

export const CitationSchema = named('Citation', z.object({
  kind: z.enum(CITATION_KINDS),
  typed: z.string().meta({ description: 'As typed ("Para. 104", "Rec III-25").' }),
  ref: z.string().meta({ description: 'The canonical reference ("104", "III-25", "CP/Rec(2024)10").' }),
  filter: z.string().optional().meta({ description: 'The value of the ref filter for it ("para:104", "III-25"); absent for numbered items and documents.' }),
  label: z.string().meta({ description: 'What a page shows ("cites paragraph 104").' }),
  items: z.number().int().meta({ description: 'Items citing it (or numbered so), listed before the other matches.' }),
}), 'A paragraph, recommendation, numbered item or document the query cites.');

export const NoticeSchema = named('Notice', z.object({
  code: z.enum(NOTICE_CODES),
  message: z.string().meta({ description: 'One English sentence saying what happened and what to do.' }),
  subject: z.array(z.string()).optional().meta({ description: 'The words or citation concerned, as typed.' }),
}), 'Something the engine did with the query that a reader should be told (a word not found, a quote left open, nothing searchable).');

export const ParsedQuerySchema = named('ParsedQuery', z.object({
  terms: z.array(z.string()),
  phrases: z.array(z.string()),
  excluded: z.array(z.string()),
  alternatives: z.array(z.array(z.string())),
  expansions: z.record(z.string(), z.array(z.string())),
  corrections: z.record(z.string(), z.string()).meta({ description: 'Words rewritten because no item has them and they are not English words.' }),
  citations: z.array(CitationSchema),
  notices: z.array(NoticeSchema),
  searchInsteadFor: z.string().optional().meta({ description: 'With corrections: the query as typed, to search with verbatim=true.' }),
  didYouMean: z.string().optional().meta({ description: 'Offered, not applied: the query with words no item contains replaced by the nearest indexed words.' }),
}));

export const SearchResponseSchema = named('SearchResponse', z.object({
  query: z.object({
    q: z.string(),
    filters: z.record(z.string(), z.unknown()),
    limit: z.number().int(),
    offset: z.number().int(),
    sort: z.enum(SORTS).optional(),
    verbatim: z.literal(true).optional().meta({ description: 'Present when the words were searched as typed (verbatim=true).' }),
    disjunctiveFacets: z.literal(true).optional().meta({ description: 'Present when each filtered facet was counted without its own filter (disjunctiveFacets=true).' }),
  }).meta({ description: 'The query as the server understood it.' }),
  count: z.number().int(),
  hits: z.array(SearchHitSchema),
  facets: z.partialRecord(z.enum([...FACET_FIELDS, ...EXTRA_FACET_FIELDS]), counts).meta({
    description: 'Counts per facet value over all matches: the filters\' facets, fulfilment, responsible, recommendingState and position included. '
      + 'With disjunctiveFacets=true, a filtered facet counts the matches of the other filters.',
  }),
  tookMs: z.number(),
  parsed: ParsedQuerySchema,
}));

export const ItemDetailSchema = named('ItemDetail', z.object({
  item: ItemSchema,
  footnotes: CoreItem.shape.footnotes.unwrap().meta({ description: "The item's footnotes, refs resolved." }),
  parent: ItemSchema.nullable().meta({ description: 'The item this one is part of.' }),
  children: z.array(ItemSchema).meta({ description: 'Parts of this item, in document order.' }),
  respondsTo: ItemSchema.nullable().meta({ description: 'The item this one answers (a question, goal or recommendation).' }),
  replies: z.array(ItemSchema).meta({ description: 'Items answering this one (replies, answers), in document order.' }),
  related: z.array(z.object({
    item: ItemSchema,
    score: z.number(),
    terms: z.array(z.string()).meta({ description: 'Terms the two items share, which made them related.' }),
  })).meta({ description: 'Items of other documents on the same matter, best first.' }),
}));

export const CorpusCountsSchema = named('CorpusCounts', z.object({
  items: z.number().int(),
  documents: z.number().int(),
  byType: counts,
  byDocument: counts,
  byBody: counts,
  byYear: counts,
  byUrgency: counts,
  byTheme: counts,
  commitments: z.number().int(),
}));

export const StatsResponseSchema = named('StatsResponse', z.object({
  counts: CorpusCountsSchema,
  stats: z.unknown().meta({ description: "The indexer's corpus/stats.json: recommendations by urgency|theme|body|year, share of 'require' per theme, deadlines per year, 2016–2019 fulfilment." }),
  crosstab: z.object({ by: z.array(z.string()), counts }).optional(),
}));

export type SearchResponse = z.infer<typeof SearchResponseSchema>;
export type ItemDetail = z.infer<typeof ItemDetailSchema>;
export type ItemList = z.infer<typeof ItemListSchema>;
export type DocumentList = z.infer<typeof DocumentListSchema>;
export type StatsResponse = z.infer<typeof StatsResponseSchema>;
