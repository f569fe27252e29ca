// Every public API route as the OpenAPI document describes it: the contract the server answers
// from (server/routes/*.request.ts) and what each status returns. Node-side only, like the
// response schemas it names.
import type { z } from 'zod';
import type { RouteContract } from '../route-contract.js';
import { documentsContract } from '../routes/documents.request.js';
import { itemContract } from '../routes/items.request.js';
import { paragraphContract, recommendationContract } from '../routes/refs.request.js';
import { searchContract } from '../routes/search.request.js';
import { statsContract } from '../routes/stats.request.js';
import {
  DocumentListSchema, ErrorSchema, ItemDetailSchema, ItemListSchema, SearchResponseSchema, StatsResponseSchema,
} from './response-schemas.js';

export interface DocumentedResponse {
  description: string;
  /** JSON answers name a schema (a component of the document); file downloads and feeds are text. */
  content: { 'application/json'?: z.ZodType; 'text/csv'?: 'text'; 'application/atom+xml'?: 'text' };
}

export interface DocumentedRoute {
  contract: RouteContract;
  responses: Record<number, DocumentedResponse>;
}

const json = (schema: z.ZodType, description: string): DocumentedResponse => ({ description, content: { 'application/json': schema } });
const error = (description: string) => json(ErrorSchema, description);
const citing = (what: string) => json(ItemListSchema, `Items citing ${what}, each once, in document order (empty when none does).`);

/** In the order the docs page lists them. */
export const DOCUMENTED_ROUTES: readonly DocumentedRoute[] = [
  {
    contract: searchContract,
    responses: {
      200: {
        description: 'Hits, count and facets. With format=json the same answer as a file download (Content-Disposition: '
          + 'attachment); with format=csv a table with one row per hit (text/csv, UTF-8 with BOM); with format=atom an Atom 1.0 '
          + 'feed (RFC 4287) of the same hits, newest document first, the query and filters in its title; each entry has the '
          + 'item\'s title, its text as content, a link to its page (and rel="related" to /api/items/{id}), its issuing body as '
          + 'author, and its document, body, year and type as categories.',
        content: { 'application/json': SearchResponseSchema, 'text/csv': 'text', 'application/atom+xml': 'text' },
      },
      400: error('A query parameter is invalid (invalid_parameter, out_of_range, parameter_too_long, repeated_parameter); '
        + 'a filter value is not one the corpus or the list has (value_not_allowed: the message lists the values, a long list cut '
        + 'to those nearest the value given, with their number); or the route takes no such parameter (unknown_parameter: the '
        + 'message names it and the nearest known one, e.g. status → fulfilment).'),
    },
  },
  {
    contract: itemContract,
    responses: {
      200: json(ItemDetailSchema, 'The item and its links.'),
      400: error('The id is empty, too long, holds a control character or is not UTF-8 text.'),
      404: error('No item has this id.'),
    },
  },
  {
    contract: recommendationContract,
    responses: { 200: citing('the recommendation'), 400: error('The id is empty, too long, holds a control character or is not UTF-8 text.') },
  },
  {
    contract: paragraphContract,
    responses: { 200: citing('the paragraph'), 400: error('n is not a paragraph number written in plain digits, or not UTF-8 text.') },
  },
  {
    contract: documentsContract,
    responses: { 200: json(DocumentListSchema, 'Every document, in corpus order.') },
  },
  {
    contract: statsContract,
    responses: {
      200: json(StatsResponseSchema, 'Corpus counts and indexer statistics.'),
      400: error('A parameter was invalid, or the route takes no such parameter (unknown_parameter); the message names it.'),
    },
  },
];
