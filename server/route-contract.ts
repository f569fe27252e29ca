// What the server needs to answer a route and the docs need to describe it, in one value:
// method, path, summary and the documented parameters whose zod schemas validate requests.
// Response shapes are documentation only (server/docs/response-schemas.ts), joined to the
// contracts when the OpenAPI document is generated (scripts/build-openapi.ts).
import type { DocumentedParam } from './query-params.js';

export interface RouteContract {
  method: 'get';
  /** OpenAPI path syntax, e.g. /api/items/{id}; `{id{.+}}` is Hono's pattern for an id with slashes. */
  path: string;
  tags: string[];
  summary: string;
  query?: Record<string, DocumentedParam>;
  pathParams?: Record<string, DocumentedParam>;
}

/** /api/items/{id} → /api/items/:id, /api/items/{id{.+}} → /api/items/:id{.+} */
export const honoPath = (path: string): string => path.replace(/\{(\w+)(\{[^}]*\})?\}/g, ':$1$2');
