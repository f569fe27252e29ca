// Response schemas shared by the routes, registered as named OpenAPI components.
// The item schema itself is core/schema.ts's: indexer, corpus loader and API use one schema.
import { z } from './zod.js';
import { DocumentSummary as CoreDocumentSummary, Item as CoreItem } from '../core/schema.js';
import { ERRORS, type ErrorCode } from './errors.js';

export const ItemSchema = CoreItem.openapi('Item');
export const DocumentSummarySchema = CoreDocumentSummary.openapi('DocumentSummary');

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string().openapi({ description: 'What was wrong and how to fix it, for people.' }),
    }),
  })
  .openapi('Error');

export const errorResponse = (description: string) => ({
  content: { 'application/json': { schema: ErrorSchema } },
  description,
});

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

export const ItemListSchema = z.object({ items: z.array(ItemSchema) }).openapi('ItemList');
