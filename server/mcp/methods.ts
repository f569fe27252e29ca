// The MCP methods this server answers, stateless: every request stands alone, so initialize
// only negotiates the protocol version and says what the server offers (tools and resources,
// neither of which ever changes while it runs).
import type { CallToolResult, InitializeResult, ListToolsResult } from '@modelcontextprotocol/sdk/types.js';
import type { ToolContext } from './item-view.js';
import { PROTOCOL_VERSIONS, RPC_ERRORS, RpcError, type Params } from './protocol.js';
import { listResources, readResource } from './resources.js';
import { citingTool } from './tools/citing-tool.js';
import { commitmentsTool } from './tools/commitments-tool.js';
import { documentsTool } from './tools/documents-tool.js';
import { itemTool } from './tools/item-tool.js';
import { searchTool } from './tools/search-tool.js';
import { statsTool } from './tools/stats-tool.js';
import type { McpTool } from './tools/tool.js';

export const SERVER_INFO = { name: 'monitoring-search', title: 'Monitoring search', version: '0.1.0' };

export const TOOLS: readonly McpTool[] = [searchTool, itemTool, citingTool, documentsTool, statsTool, commitmentsTool];
const toolsByName = new Map(TOOLS.map((tool) => [tool.definition.name, tool]));

const INSTRUCTIONS = 'Search and cross-reference human-rights monitoring documents (Council of Europe Lanzarote Committee on '
  + 'sexual exploitation of children, GRETA on trafficking in human beings, national strategies): recommendations with '
  + 'their urgency grading, the state\'s replies, questionnaire answers, strategy tasks with deadlines and responsible '
  + 'bodies, and evaluations of earlier tasks. Start with search (or commitments for promises and their fulfilment), '
  + 'open an item with get_item for its footnotes, reply and related items, and use find_citing to see what rests on a '
  + 'paragraph or recommendation. Quote item text as given and cite it with the citation line and URL each result carries.';

function initialize(params: Params): InitializeResult {
  const asked = params.protocolVersion;
  const protocolVersion = typeof asked === 'string' && (PROTOCOL_VERSIONS as readonly string[]).includes(asked) ? asked : PROTOCOL_VERSIONS[0];
  return {
    protocolVersion,
    capabilities: { tools: { listChanged: false }, resources: { listChanged: false, subscribe: false } },
    serverInfo: SERVER_INFO,
    instructions: INSTRUCTIONS,
  };
}

async function callTool(params: Params, ctx: ToolContext): Promise<CallToolResult> {
  if (typeof params.name !== 'string') throw new RpcError(RPC_ERRORS.invalidParams, 'tools/call needs "name", a tool name from tools/list.');
  const tool = toolsByName.get(params.name);
  if (!tool) {
    throw new RpcError(RPC_ERRORS.invalidParams, `Unknown tool ${JSON.stringify(params.name)}. Tools: ${TOOLS.map((t) => t.definition.name).join(', ')}.`);
  }
  return tool.run(params.arguments, ctx);
}

/** One page is the whole list: a cursor can only be one this server never gave. */
function onlyPage(params: Params, method: string): void {
  if (params.cursor !== undefined) throw new RpcError(RPC_ERRORS.invalidParams, `${method}: unknown cursor; the first page is the whole list.`);
}

const METHODS: Record<string, (params: Params, ctx: ToolContext) => Record<string, unknown> | Promise<Record<string, unknown>>> = {
  initialize: (params) => initialize(params),
  ping: () => ({}),
  'tools/list': (params): ListToolsResult => {
    onlyPage(params, 'tools/list');
    return { tools: TOOLS.map((tool) => tool.definition) };
  },
  'tools/call': callTool,
  'resources/list': (params, ctx) => {
    onlyPage(params, 'resources/list');
    return listResources(ctx);
  },
  'resources/templates/list': () => ({ resourceTemplates: [] }),
  'resources/read': (params, ctx) => readResource(params.uri, ctx),
};

export async function answerMethod(method: string, params: Params, ctx: ToolContext): Promise<Record<string, unknown>> {
  const answer = Object.hasOwn(METHODS, method) ? METHODS[method] : undefined;
  if (!answer) throw new RpcError(RPC_ERRORS.methodNotFound, `Method ${JSON.stringify(method)} is not offered here. Methods: ${Object.keys(METHODS).join(', ')}.`);
  return await answer(params, ctx);
}
