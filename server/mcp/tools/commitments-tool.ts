// commitments: what governments promised and whether it was done, by deadline. Promises are
// the items the indexer marks as commitments (strategy tasks, follow-up actions, future-dated
// replies); fulfilment is what evaluations report of earlier tasks (met, partially, not met,
// met differently). Both come ordered by deadline, as the search engine sorts by it, and can be
// narrowed by fulfilment, responsible institution and the year they are due, besides the
// search's own query and filters. Parameters are built like the HTTP API's, with its builders
// and, where they mean the same, its own parameters.
import * as z from 'zod/mini';
import { dueYear } from '../../../core/due.js';
import type { Item } from '../../../core/schema.js';
import { MAX_LIMIT } from '../../../core/search/engine.js';
import { deadlineKey } from '../../../core/search/order.js';
import type { SearchFilters, SearchParams } from '../../../core/search/types.js';
import { STATUSES } from '../../../core/vocabulary.js';
import {
  documented, integerParam, oneOf, optional, paramsObject, repeatableEnum, repeatableText, yearParam, type YearFilter,
} from '../../query-params.js';
import { DEFAULT_LIMIT, LIMIT_MAX, OFFSET_MAX, SEARCH_PARAMS as SEARCH } from '../../routes/search.request.js';
import type { CorpusReader } from '../../corpus-reader.js';
import { itemLines, itemView } from '../item-view.js';
import { inputSchemaOf, parseArguments, type ToolParams } from '../tool-arguments.js';
import { READ_ONLY, toolError, toolResult, type McpTool } from './tool.js';

const KINDS = ['promise', 'evaluation'] as const;

const COMMITMENT_PARAMS = {
  q: SEARCH.q,
  kind: documented(optional(oneOf(KINDS)), {
    description: 'promise: what the state committed to (tasks, follow-up actions, dated promises in replies); evaluation: '
      + 'earlier tasks with their reported fulfilment. Both when left out.',
  }),
  status: documented(optional(repeatableEnum(STATUSES)), {
    description: `Reported fulfilment (${STATUSES.join(', ')}); only evaluated tasks have one. Repeat to match any.`,
  }),
  responsible: documented(optional(repeatableText(200)), {
    description: 'Responsible institution, as printed or abbreviated ("Ministry of the Interior", "MOI"): matches any part of '
      + 'a responsible body\'s name, ignoring case. Repeat to match any.',
    example: ['Ministry'],
  }),
  due: documented(optional(yearParam('due')), {
    description: 'Year the task is due by (2023) or an inclusive range (2020..2023, ..2019, 2024..); tasks with no dated deadline '
      + 'are left out when given.',
    example: ['2020..2023'],
  }),
  body: SEARCH.body,
  document: SEARCH.document,
  theme: SEARCH.theme,
  year: SEARCH.year,
  limit: documented(optional(integerParam('limit', 0, LIMIT_MAX, { defaultValue: DEFAULT_LIMIT })), { description: `Items per page, 0–${LIMIT_MAX}.` }),
  offset: documented(optional(integerParam('offset', 0, OFFSET_MAX, { defaultValue: 0 })), { description: 'Items to skip, for paging.' }),
};
const CommitmentsSchema = paramsObject(COMMITMENT_PARAMS);
type CommitmentQuery = z.output<typeof CommitmentsSchema>;

/** Every hit of a search, in its order (the engine answers at most MAX_LIMIT per call). */
async function allHits(corpus: CorpusReader, params: SearchParams): Promise<Item[]> {
  const items: Item[] = [];
  for (let offset = 0; ; offset += MAX_LIMIT) {
    const { hits, count } = await corpus.search({ ...params, limit: MAX_LIMIT, offset });
    items.push(...hits.map((hit) => hit.item));
    if (hits.length === 0 || offset + hits.length >= count) return items;
  }
}

const inYears = (year: number | undefined, filter: YearFilter): boolean =>
  year !== undefined && (filter.values?.includes(year) === true
    || ((filter.from !== undefined || filter.to !== undefined) && year >= (filter.from ?? -Infinity) && year <= (filter.to ?? Infinity)));

async function matchingCommitments(corpus: CorpusReader, query: CommitmentQuery): Promise<Item[]> {
  const given = { body: query.body, document: query.document, theme: query.theme, year: query.year };
  const filters = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as SearchFilters;
  const base: SearchParams = { q: query.q ?? '', filters, sort: 'deadline' };
  const [promises, evaluations] = await Promise.all([
    query.kind !== 'evaluation' && query.status === undefined ? allHits(corpus, { ...base, filters: { ...filters, commitment: true } }) : [],
    query.kind !== 'promise' ? allHits(corpus, { ...base, filters: { ...filters, type: ['evaluation'] } }) : [],
  ]);
  const seen = new Set<string>();
  // Both lists are in deadline order; a stable sort merges them, promises first on equal deadlines.
  const merged = [...promises, ...evaluations].filter((item) => !seen.has(item.id) && seen.add(item.id))
    .sort((a, b) => compare(deadlineKey(a.deadline, a.due), deadlineKey(b.deadline, b.due)));
  const responsible = query.responsible?.map((r) => r.toLowerCase());
  return merged.filter((item) => (query.status === undefined || (item.status !== undefined && query.status.includes(item.status)))
    && (responsible === undefined || (item.responsible ?? []).some((body) => responsible.some((r) => body.toLowerCase().includes(r))))
    && (query.due === undefined || inYears(dueYear(item.due), query.due)));
}

const compare = (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1);

export const commitmentsTool: McpTool = {
  definition: {
    name: 'commitments',
    title: 'Commitments by deadline and fulfilment',
    description: 'What governments committed to (strategy tasks with deadline and responsible institutions, follow-up actions, '
      + 'dated promises in replies) and what evaluations report of earlier tasks (met, partially, not met, met differently), '
      + 'ordered by deadline. Narrow by kind, fulfilment status, responsible institution, the year due, and the search query and '
      + 'filters. Counts by fulfilment come with every answer.',
    inputSchema: inputSchemaOf(COMMITMENT_PARAMS as ToolParams),
    annotations: { title: 'Commitments by deadline and fulfilment', ...READ_ONLY },
  },
  async run(args, ctx) {
    const parsed = parseArguments(args, COMMITMENT_PARAMS as ToolParams, CommitmentsSchema);
    if (!parsed.ok) return toolError(parsed.message);
    const query = parsed.value;
    if (query.kind === 'promise' && query.status !== undefined) {
      return toolError('Argument "status" applies to evaluated tasks only: leave out kind, or give kind "evaluation".');
    }
    const matches = await matchingCommitments(ctx.reader, query);
    const offset = query.offset ?? 0;
    const page = matches.slice(offset, offset + (query.limit ?? DEFAULT_LIMIT)).map((item) => itemView(item, ctx));
    const byStatus: Record<string, number> = {};
    for (const item of matches) if (item.status !== undefined) byStatus[item.status] = (byStatus[item.status] ?? 0) + 1;
    const promised = matches.filter((item) => item.type !== 'evaluation').length;
    const next = offset + page.length < matches.length && page.length > 0 ? offset + page.length : undefined;
    const summary = `${matches.length} match: ${promised} promised, ${matches.length - promised} evaluated`
      + `${Object.keys(byStatus).length ? ` (${Object.entries(byStatus).map(([s, n]) => `${s}: ${n}`).join(', ')})` : ''}.`;
    const text = [
      summary,
      ...page.map((view, k) => itemLines(view, { position: offset + k + 1 })),
      ...(next === undefined ? [] : [`More: call commitments again with offset ${next}.`]),
    ].join('\n\n');
    return toolResult(text, { count: matches.length, promised, byStatus, ...(next === undefined ? {} : { nextOffset: next }), items: page });
  },
};
