// find_citing: GET /api/refs/paragraph/{n} and /api/refs/recommendation/{id} as one tool: the
// items whose footnotes or references cite a paragraph or a recommendation of a report.
import * as z from 'zod/mini';
import { optional, type DocumentedParam } from '../../query-params.js';
import { paragraphContract, recommendationContract } from '../../routes/refs.request.js';
import { itemLines, itemView } from '../item-view.js';
import { inputSchemaOf, parseArguments, type ToolParams } from '../tool-arguments.js';
import { READ_ONLY, toolError, toolResult, type McpTool } from './tool.js';

/** A path parameter (always given in a URL) as an argument one may leave out. */
const leaveOutable = (param: DocumentedParam): DocumentedParam => ({ ...param, ...optional(param), required: false });

const CITING_PARAMS: ToolParams = {
  paragraph: leaveOutable(paragraphContract.pathParams!.n),
  recommendation: leaveOutable(recommendationContract.pathParams!.id),
};
const CitingSchema = z.object({ paragraph: CITING_PARAMS.paragraph.schema, recommendation: CITING_PARAMS.recommendation.schema });
/** The contracts name them n and id, as in their paths. */
const ARGUMENT_NAMES = { n: 'paragraph', id: 'recommendation' };

export const citingTool: McpTool = {
  definition: {
    name: 'find_citing',
    title: 'Find what cites a paragraph or recommendation',
    description: 'Every item whose footnotes or references cite a paragraph (by number, e.g. 73) or a recommendation (by its id '
      + 'as printed, e.g. "III-25") of a monitoring report, each once, in document order: give exactly one of paragraph or '
      + 'recommendation. Useful to see which statements of a factsheet rest on a passage of the implementation report.',
    inputSchema: inputSchemaOf(CITING_PARAMS),
    annotations: { title: 'Find what cites a paragraph or recommendation', ...READ_ONLY },
  },
  async run(args, ctx) {
    const parsed = parseArguments(args, CITING_PARAMS, CitingSchema, ARGUMENT_NAMES);
    if (!parsed.ok) return toolError(parsed.message);
    const { paragraph, recommendation } = parsed.value as { paragraph?: number; recommendation?: string };
    if ((paragraph === undefined) === (recommendation === undefined)) {
      return toolError('Give exactly one of "paragraph" (a paragraph number, e.g. 73) or "recommendation" (an id as printed, e.g. "III-25").');
    }
    const target = paragraph !== undefined ? { kind: 'paragraph' as const, n: paragraph } : { kind: 'recommendation' as const, id: recommendation! };
    const items = (await ctx.reader.citing(target)).map((item) => itemView(item, ctx));
    const cited = paragraph !== undefined ? `paragraph ${paragraph}` : `recommendation ${recommendation}`;
    const text = [
      items.length === 0 ? `No item cites ${cited}.` : `${items.length} item${items.length === 1 ? '' : 's'} cite${items.length === 1 ? 's' : ''} ${cited}.`,
      ...items.map((view, k) => itemLines(view, { position: k + 1 })),
    ].join('\n\n');
    return toolResult(text, { cited: paragraph !== undefined ? { paragraph } : { recommendation }, count: items.length, items });
  },
};
