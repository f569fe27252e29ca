// GET /api/documents as documented: the indexed documents with their metadata and item counts.
import { createRoute } from '@hono/zod-openapi';
import { z } from '../zod.js';
import { DocumentSummarySchema, jsonResponse } from '../schemas.js';
import { documentsContract } from './documents.request.js';

export const DocumentListSchema = z.object({ documents: z.array(DocumentSummarySchema) }).openapi('DocumentList');

export const documents = createRoute({
  ...documentsContract,
  responses: { 200: jsonResponse(DocumentListSchema, 'Every document, in corpus order.') },
});
export type DocumentsRoute = typeof documents;
