// What every tool is: its definition as tools/list shows it, and a function from arguments to
// a result. Bad arguments are a result with isError (the model reads the message and can try
// again), never a JSON-RPC error and never an exception.
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { ToolContext } from '../item-view.js';

export interface McpTool {
  definition: Tool;
  run(args: unknown, ctx: ToolContext): CallToolResult | Promise<CallToolResult>;
}

/** Every tool only reads the corpus, which never changes while the server runs. */
export const READ_ONLY: Tool['annotations'] = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };

export const toolError = (message: string): CallToolResult => ({ isError: true, content: [{ type: 'text', text: message }] });

/** Lines for the model to read, and the same answer as data for a program. */
export const toolResult = (text: string, structured: Record<string, unknown>): CallToolResult =>
  ({ content: [{ type: 'text', text }], structuredContent: structured });
