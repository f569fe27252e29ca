// The API's answers as the page sees them: inferred from the documented response schemas
// (server/docs/response-schemas.ts), which the server's answers are type-checked against, so a
// change to the API shows up here as a type error. Type-only imports: nothing of zod or the
// server reaches the browser bundle.
import type { z } from 'zod';
import type { DocumentList, SearchHitSchema } from '../../docs/response-schemas.js';

export type { DocumentList, ItemDetail, ItemList, SearchResponse } from '../../docs/response-schemas.js';
export type SearchHit = z.infer<typeof SearchHitSchema>;
export type DocumentSummary = DocumentList['documents'][number];
export type { Item } from '../../../core/schema.js';
