// stats: GET /api/stats as a tool: corpus counts, the indexer's statistics and, with by, a
// cross-tabulation (e.g. recommendations by urgency and theme).
import { statsContract, StatsQuerySchema } from '../../routes/stats.request.js';
import { inputSchemaOf, parseArguments, type ToolParams } from '../tool-arguments.js';
import { READ_ONLY, toolError, toolResult, type McpTool } from './tool.js';

const STATS_TOOL_PARAMS = statsContract.query as ToolParams;

export const statsTool: McpTool = {
  definition: {
    name: 'stats',
    title: 'Corpus statistics',
    description: 'Counts of items by type, document, body, year, urgency and theme, commitments, and the indexer\'s statistics '
      + '(recommendations by urgency × theme × body × year, deadlines, fulfilment). With by (one to three comma-separated fields, '
      + 'e.g. "urgency,theme") and type, a cross-tabulation: "require|legal-framework" → count.',
    inputSchema: inputSchemaOf(STATS_TOOL_PARAMS),
    annotations: { title: 'Corpus statistics', ...READ_ONLY },
  },
  async run(args, ctx) {
    const parsed = parseArguments(args, STATS_TOOL_PARAMS, StatsQuerySchema);
    if (!parsed.ok) return toolError(parsed.message);
    const answer = await ctx.reader.stats(parsed.value);
    return toolResult(JSON.stringify(answer, null, 1), answer as unknown as Record<string, unknown>);
  },
};
