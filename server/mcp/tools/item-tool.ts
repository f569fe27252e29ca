// get_item: GET /api/items/{id} as a tool: the item with its footnotes (and the items each
// footnote's reference resolves to), the item it is part of or answers, its parts, the replies
// it received, and related items in other documents.
import type { Item } from '../../../core/schema.js';
import type { ItemWithLinks } from '../../corpus-reader.js';
import { itemContract, ItemParamsSchema } from '../../routes/items.request.js';
import { itemLines, itemView, type ItemView, type ToolContext } from '../item-view.js';
import { inputSchemaOf, parseArguments, type ToolParams } from '../tool-arguments.js';
import { READ_ONLY, toolError, toolResult, type McpTool } from './tool.js';

const ITEM_TOOL_PARAMS = itemContract.pathParams as ToolParams;

function section(title: string, views: ItemView[], note?: (k: number) => string): string[] {
  if (views.length === 0) return [];
  return [`${title}:`, ...views.map((view, k) => itemLines(view, { position: k + 1, note: note?.(k) }))];
}

function itemDetail(found: ItemWithLinks, ctx: ToolContext) {
  const { item } = found;
  const view = (linked: Item | undefined) => (linked === undefined ? null : itemView(linked, ctx));
  return {
    item: itemView(item, ctx),
    footnotes: (item.footnotes ?? []).map((note) => ({ ...note, targets: (note.targets ?? []).flatMap((id) => view(found.cited.get(id)) ?? []) })),
    parent: view(found.parent),
    children: found.children.map((child) => itemView(child, ctx)),
    respondsTo: view(found.respondsTo),
    replies: found.replies.map((reply) => itemView(reply, ctx)),
    related: found.related.map(({ item: other, score, terms }) => ({ ...itemView(other, ctx), score, terms })),
  };
}

export const itemTool: McpTool = {
  definition: {
    name: 'get_item',
    title: 'Get one item',
    description: 'One item by its id (from search, find_citing or commitments results): its full text, page URL and citation '
      + 'line, its footnotes with the items they cite, the recommendation or question it answers, its parts, the replies it '
      + 'received (e.g. the state\'s reply to a recommendation) and related items in other documents.',
    inputSchema: inputSchemaOf(ITEM_TOOL_PARAMS),
    annotations: { title: 'Get one item', ...READ_ONLY },
  },
  async run(args, ctx) {
    const parsed = parseArguments(args, ITEM_TOOL_PARAMS, ItemParamsSchema);
    if (!parsed.ok) return toolError(parsed.message);
    const found = await ctx.reader.itemWithLinks(parsed.value.id);
    if (!found) return toolError(`No item has the id ${JSON.stringify(parsed.value.id)}. Take ids from the "id" of search, find_citing or commitments results.`);
    const detail = itemDetail(found, ctx);
    const text = [
      itemLines(detail.item),
      ...(detail.footnotes.length === 0 ? [] : ['Footnotes:', ...detail.footnotes.map((n) => `[${n.n}] ${n.text}${n.targets.length ? ` (cites: ${n.targets.map((t) => `${t.title} ${t.url}`).join('; ')})` : ''}`)]),
      ...section('Part of', detail.parent ? [detail.parent] : []),
      ...section('Answers', detail.respondsTo ? [detail.respondsTo] : []),
      ...section('Parts', detail.children),
      ...section('Replies', detail.replies),
      ...section('Related items in other documents', detail.related, (k) => `shares: ${detail.related[k].terms.join(', ')}`),
    ].join('\n\n');
    return toolResult(text, detail);
  },
};
