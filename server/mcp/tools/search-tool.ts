// search: GET /api/search as a tool, with the route's own parameters but format (a tool answers
// in its own shape), and each hit with its page URL and citation line.
import { searchContract, SearchQuerySchema, searchParamsOf } from '../../routes/search.request.js';
import { answersLine, itemLines, itemView } from '../item-view.js';
import { inputSchemaOf, parseArguments, type ToolParams } from '../tool-arguments.js';
import { READ_ONLY, toolError, toolResult, type McpTool } from './tool.js';

const { format: _format, ...SEARCH_TOOL_PARAMS } = searchContract.query as ToolParams;

export const searchTool: McpTool = {
  definition: {
    name: 'search',
    title: 'Search monitoring documents',
    description: 'Full-text search over recommendations, replies, questions and answers, strategy tasks and report paragraphs '
      + 'of human-rights monitoring documents (Council of Europe Lanzarote Committee, GRETA, UN review reports, national strategies), '
      + 'with filters and paging. The query understands "quoted phrases", -exclusions, OR, misspellings, abbreviations and '
      + 'citations ("paragraph 104", "III-25"); leave q empty to list items by filters alone. Each hit has its id (for get_item), '
      + 'page URL and a citation line; an answer carries the question it answers. Facet counts say how the matches spread over '
      + 'type, urgency, body, year, theme, document, addressee, commitment, fulfilment, responsible, recommendingState and position; '
      + 'their keys are the values the filters accept. `parsed` says how the query was read: citations, notices, and a '
      + 'corrected query\'s original (searchInsteadFor, searched as typed with verbatim: true) or a suggestion (didYouMean).',
    inputSchema: inputSchemaOf(SEARCH_TOOL_PARAMS),
    annotations: { title: 'Search monitoring documents', ...READ_ONLY },
  },
  async run(args, ctx) {
    const parsed = parseArguments(args, SEARCH_TOOL_PARAMS, SearchQuerySchema);
    if (!parsed.ok) return toolError(parsed.message);
    const params = searchParamsOf(parsed.value);
    const refused = await ctx.reader.refusedFilter(params.filters);
    if (refused) return toolError(refused.error.message.replace(/^Parameter/, 'Argument'));
    const result = await ctx.reader.search(params);
    const offset = params.offset ?? 0;
    const hits = result.hits.map((hit) => ({
      ...itemView(hit.item, ctx), score: hit.score, partial: hit.partial === true,
      ...(hit.cites ? { cites: true } : {}), ...(hit.question ? { question: hit.question } : {}),
    }));
    const next = offset + hits.length < result.count && hits.length > 0 ? offset + hits.length : undefined;
    const heading = hits.length === 0
      ? `${result.count} items match; none on this page.`
      : `${result.count} items match; ${offset + 1}–${offset + hits.length} shown.`;
    const more = next === undefined ? [] : [`More: call search again with offset ${next}.`];
    const lines = hits.map((hit, k) => itemLines(hit, { position: offset + k + 1, answers: hit.question && answersLine(hit.question) }));
    // What the engine did with the query (a citation, a correction, a word not found), as the page says it.
    const reading = [
      ...result.parsed.citations.map((c) => `The query ${c.label}: ${c.items} item(s) citing it are listed first.`),
      ...result.parsed.notices.map((n) => n.message),
      ...(result.parsed.searchInsteadFor ? [`To search the words as typed, call search again with q "${result.parsed.searchInsteadFor}" and verbatim true.`] : []),
      ...(result.parsed.didYouMean ? [`Did you mean "${result.parsed.didYouMean}"?`] : []),
    ];
    const text = [heading, ...(reading.length ? [reading.join('\n')] : []), ...lines, ...more].join('\n\n');
    return toolResult(text, {
      query: {
        q: params.q ?? '', filters: params.filters ?? {}, limit: params.limit, offset,
        ...(params.sort ? { sort: params.sort } : {}), ...(params.verbatim ? { verbatim: true } : {}),
        ...(params.disjunctiveFacets ? { disjunctiveFacets: true } : {}),
      },
      count: result.count,
      ...(next === undefined ? {} : { nextOffset: next }),
      hits,
      facets: result.facets,
      parsed: result.parsed,
    });
  },
};
