// Resources: one per document, its whole text item by item (heading, page URL, text, footnotes),
// for an assistant that wants to read a document rather than search it. The URI names the
// document; its items link to their pages on this server.
import type { ListResourcesResult, ReadResourceResult, Resource } from '@modelcontextprotocol/sdk/types.js';
import type { DocumentSummary } from '../../core/schema.js';
import { documentsById } from '../document-titles.js';
import { itemLines, itemView, type ToolContext } from './item-view.js';
import { RPC_ERRORS, RpcError } from './protocol.js';

const SCHEME = 'monitoring-search://documents/';

export const documentResourceUri = (id: string): string => `${SCHEME}${encodeURIComponent(id)}`;

function resourceOf(document: DocumentSummary): Resource {
  return {
    uri: documentResourceUri(document.id),
    name: document.id,
    title: document.title,
    description: [document.body, document.year, document.kind, `${document.items} items`].filter((p) => p !== undefined).join(' · '),
    mimeType: 'text/markdown',
  };
}

export const listResources = (ctx: ToolContext): ListResourcesResult => ({ resources: ctx.reader.documents.map(resourceOf) });

export async function readResource(uri: unknown, ctx: ToolContext): Promise<ReadResourceResult> {
  if (typeof uri !== 'string') throw new RpcError(RPC_ERRORS.invalidParams, 'resources/read needs "uri", a string from resources/list.');
  let id: string | undefined;
  try {
    id = uri.startsWith(SCHEME) ? decodeURIComponent(uri.slice(SCHEME.length)) : undefined;
  } catch {
    id = undefined;
  }
  const document = id === undefined ? undefined : documentsById(ctx.reader.documents).get(id);
  if (!document) {
    throw new RpcError(RPC_ERRORS.resourceNotFound, `No resource has the URI ${JSON.stringify(uri)}. Take URIs from resources/list (${SCHEME}<document id>).`, { uri });
  }
  const items = await ctx.reader.documentItems(document.id);
  const text = [
    `# ${document.title}`,
    [document.body, document.year, document.kind, `${items.length} items`].filter((p) => p !== undefined).join(' · '),
    ...(document.source ? [`Source: ${document.source}`] : []),
    ...items.map((item) => {
      const lines = itemLines(itemView(item, ctx));
      const notes = (item.footnotes ?? []).map((note) => `[${note.n}] ${note.text}`);
      return `## ${lines}${notes.length ? `\n\nFootnotes:\n${notes.join('\n')}` : ''}`;
    }),
  ].join('\n\n');
  return { contents: [{ uri, mimeType: 'text/markdown', text }] };
}
