// The API's answers as the page sees them: inferred from the routes' own zod schemas, so a
// change to the API shows up here as a type error. Type-only imports: nothing of zod or the
// server reaches the browser bundle.
import type { z } from 'zod';
import type { DocumentListSchema } from '../../routes/documents.routes.js';
import type { ItemDetailSchema } from '../../routes/items.routes.js';
import type { SearchHitSchema, SearchResponseSchema } from '../../routes/search.routes.js';
import type { ItemListSchema } from '../../schemas.js';

export type SearchResponse = z.infer<typeof SearchResponseSchema>;
export type SearchHit = z.infer<typeof SearchHitSchema>;
export type ItemDetail = z.infer<typeof ItemDetailSchema>;
export type ItemList = z.infer<typeof ItemListSchema>;
export type DocumentList = z.infer<typeof DocumentListSchema>;
export type DocumentSummary = DocumentList['documents'][number];
export type { Item } from '../../../core/schema.js';
