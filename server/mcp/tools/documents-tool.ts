// list_documents: GET /api/documents as a tool, each document with the page listing its items
// and the URI of its resource (its whole text, resources/read).
import * as z from 'zod/mini';
import { documentsContract } from '../../routes/documents.request.js';
import { documentResourceUri } from '../resources.js';
import { inputSchemaOf, parseArguments, type ToolParams } from '../tool-arguments.js';
import { READ_ONLY, toolError, toolResult, type McpTool } from './tool.js';

const NO_PARAMS: ToolParams = documentsContract.query ?? {};

export const documentsTool: McpTool = {
  definition: {
    name: 'list_documents',
    title: 'List the indexed documents',
    description: 'Every indexed document: id (the search filter "document" takes it), title, issuing body, year, kind, number '
      + 'of items, the page listing its items, and the URI of its resource, which holds the whole document item by item.',
    inputSchema: inputSchemaOf(NO_PARAMS),
    annotations: { title: 'List the indexed documents', ...READ_ONLY },
  },
  run(args, ctx) {
    const parsed = parseArguments(args, NO_PARAMS, z.object({}));
    if (!parsed.ok) return toolError(parsed.message);
    const documents = ctx.reader.documents.map((d) => ({
      ...d, url: `${ctx.origin}/?document=${encodeURIComponent(d.id)}`, resource: documentResourceUri(d.id),
    }));
    const text = [`${documents.length} documents.`, ...documents.map((d, k) => [
      `${k + 1}. ${d.title}`, `id: ${d.id}`, [d.body, d.year, d.kind, `${d.items} items`].filter((p) => p !== undefined).join(' · '),
      `url: ${d.url}`, `resource: ${d.resource}`,
    ].join('\n'))].join('\n\n');
    return toolResult(text, { documents });
  },
};
