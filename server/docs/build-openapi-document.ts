// The OpenAPI 3.1 document, generated from the route contracts (parameters) and the response
// schemas (components, via zod's own JSON Schema output). Run by scripts/build-openapi.ts at
// build time, never by the server: the server serves the generated text.
import { z } from 'zod';
import type { DocumentedParam } from '../query-params.js';
import { DOCUMENTED_ROUTES, type DocumentedResponse } from './documented-routes.js';
import type { OpenAPIDocument } from './render-docs-page.js';

const INFO = {
  title: 'Monitoring search',
  version: '0.1.0',
  description: 'Search and cross-reference human-rights monitoring documents: recommendations, replies, '
    + 'strategy tasks and their footnotes. Read-only; every answer is JSON except exports and this page. '
    + 'Errors are { error: { code, message } }.',
};

const COMPONENT_PREFIX = '#/components/schemas/';

/**
 * JSON Schema as zod writes it, minus two things that say more than the API promises: the
 * ±2^53 bounds of every integer, and `additionalProperties: false` on every object (answers
 * may gain fields; a client generated from the document must not reject them).
 */
function loosen({ jsonSchema }: { jsonSchema: Record<string, unknown> }): void {
  if (jsonSchema.type === 'integer') {
    if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
    if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
  }
  if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
}

/**
 * Every named response schema as a component, nested ones as $refs. Named means registered with
 * an id in zod's global registry (response-schemas.ts), which nothing else in the project uses.
 */
function components(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', uri: (id) => `${COMPONENT_PREFIX}${id}`, override: loosen });
  return Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)).map(([id, schema]) => {
    const { $schema: _schema, $id: _id, ...rest } = schema as Record<string, unknown>;
    return [id, rest];
  }));
}

function refTo(schema: z.ZodType): { $ref: string } {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error('A documented response schema has no component id: wrap it with named() in response-schemas.ts');
  return { $ref: `${COMPONENT_PREFIX}${id}` };
}

const parameters = (where: 'path' | 'query', params: Record<string, DocumentedParam> = {}) =>
  Object.entries(params).map(([name, p]) => ({
    name, in: where, ...(where === 'path' || p.required ? { required: true } : {}),
    description: p.description, schema: p.openapi, ...(p.example === undefined ? {} : { example: p.example }),
    // Repeatable query parameters are written key=a&key=b.
    ...(where === 'query' && p.openapi.type === 'array' ? { style: 'form', explode: true } : {}),
  }));

/** What every API route shares: validators on its answers, and refusing what is not a read. */
const SHARED = {
  headers: {
    ETag: {
      description: 'Weak tag of the corpus served (a hash of its files) and of the response format: send it back in If-None-Match.',
      schema: { type: 'string' },
    },
    CacheControl: { description: 'How long a cache may reuse the answer without asking again.', schema: { type: 'string' } },
  },
  responses: {
    NotModified: {
      description: 'Not modified: If-None-Match named the current ETag (or *). No body; use the copy you hold.',
      headers: { ETag: { $ref: '#/components/headers/ETag' }, 'Cache-Control': { $ref: '#/components/headers/CacheControl' } },
    },
    MethodNotAllowed: {
      description: 'The API is read-only: only GET and HEAD (and CORS preflights) are answered.',
      headers: { Allow: { description: 'GET, HEAD', schema: { type: 'string' } } },
      content: { 'application/json': { schema: { $ref: `${COMPONENT_PREFIX}Error` } } },
    },
  },
};

/** Methods the server answers with 405 on every API path (server/middleware/read-only.ts). */
export const REFUSED_METHODS = ['post', 'put', 'patch', 'delete'] as const;

function responses(documented: Record<number, DocumentedResponse>) {
  const described = Object.fromEntries(Object.entries(documented).map(([status, response]) => [status, {
    description: response.description,
    ...(status === '200' ? { headers: SHARED.responses.NotModified.headers } : {}),
    content: Object.fromEntries(Object.entries(response.content).map(([type, schema]) =>
      [type, { schema: schema === 'text' ? { type: 'string' } : refTo(schema) }])),
  }]));
  // Every 200 of the API carries an ETag (server/middleware/corpus-etag.ts).
  return { ...described, 304: { $ref: '#/components/responses/NotModified' } };
}

export function buildOpenAPIDocument(): OpenAPIDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { contract, responses: documented } of DOCUMENTED_ROUTES) {
    const path = (paths[contract.path] ??= {});
    path[contract.method] = {
      tags: contract.tags,
      summary: contract.summary,
      parameters: [...parameters('path', contract.pathParams), ...parameters('query', contract.query)],
      responses: responses(documented),
    };
    for (const method of REFUSED_METHODS) {
      path[method] = { tags: contract.tags, summary: 'Refused: the API is read-only', responses: { 405: { $ref: '#/components/responses/MethodNotAllowed' } } };
    }
  }
  return {
    openapi: '3.1.0', info: INFO, paths,
    components: { schemas: components(), headers: SHARED.headers, responses: SHARED.responses },
  } as OpenAPIDocument;
}
