// The bodies a coordinator POSTs to a shard: SearchParams as JSON (rank), and the params with
// the keys of the hits it wants (hits). Shards normally sit behind
// service bindings, but a shard Worker given a public route must still answer bad input
// with a 400, never a 5xx; the bounds are the public API's.
import * as z from 'zod/mini';
import '../zod-messages.js';
import type { SearchParams } from '../../core/search/index.js';
import type { ShardKey } from '../../core/shard/types.js';
import { EXTRA_FACET_FIELDS, FACET_FIELDS, SORTS } from '../../core/search/types.js';

const FACETS = [...FACET_FIELDS, ...EXTRA_FACET_FIELDS] as const;

// The public API's bounds (server/routes/search.request.ts), repeated rather than imported:
// that module builds the public query schema at load, which a shard Worker has no use for;
// test/shard/coordinator.test.ts checks they still agree.
export const SHARD_BOUNDS = { QUERY_MAX_LENGTH: 500, OFFSET_MAX: 100_000, EXPORT_LIMIT_MAX: 5000 } as const;
const { QUERY_MAX_LENGTH, OFFSET_MAX, EXPORT_LIMIT_MAX } = SHARD_BOUNDS;

const values = z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)));
const integer = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max));
const year = integer(0, 9999);

const ShardSearchBody = z.strictObject({
  q: z.optional(z.string().check(z.maxLength(QUERY_MAX_LENGTH))),
  filters: z.optional(z.strictObject({
    type: values,
    urgency: values,
    body: values,
    year: z.optional(z.strictObject({ values: z.optional(z.array(year).check(z.maxLength(50))), from: z.optional(year), to: z.optional(year) })),
    theme: values,
    document: values,
    addressee: values,
    commitment: z.optional(z.boolean()),
    ref: values,
    fulfilment: values,
    responsible: values,
    recommendingState: values,
    position: values,
  })),
  // The facets the coordinator's answer counts (the public API asks for all of them).
  facets: z.optional(z.array(z.enum(FACETS)).check(z.maxLength(FACETS.length))),
  verbatim: z.optional(z.boolean()),
  disjunctiveFacets: z.optional(z.boolean()),
  // A coordinator asks every shard for offset + limit hits from the top.
  limit: z.optional(integer(0, OFFSET_MAX + EXPORT_LIMIT_MAX)),
  offset: z.optional(integer(0, OFFSET_MAX)),
  sort: z.optional(z.enum(SORTS)),
});

/** /shard/rank: the params, and how many of the first keys' hits to send with them. */
const ShardRankBody = z.extend(ShardSearchBody, { withHits: z.optional(integer(0, 1000)) });

/** A hit's key as the shard ranked it (core/shard/types.ts ShardKey), sent back for its hit. */
const ShardKeyBody = z.strictObject({
  index: integer(0, 2 ** 31 - 1),
  order: integer(0, 2 ** 31 - 1),
  rank: z.tuple([z.number(), z.number()]),
  partial: z.boolean(),
  cites: z.boolean(),
  year: integer(0, 9999),
  deadline: z.nullable(z.number()),
});

/** The coordinator asks for at most HITS_PER_CALL hits per call (core/shard/coordinator.ts). */
const ShardHitsBody = z.strictObject({ params: ShardSearchBody, keys: z.array(ShardKeyBody).check(z.maxLength(1000)) });

export type ParsedShardBody = { ok: true; params: SearchParams } | { ok: false; problem: string };
export type ParsedHitsBody = { ok: true; params: SearchParams; keys: ShardKey[] } | { ok: false; problem: string };

function parseJson<S extends z.ZodMiniType>(text: string, schema: S): { ok: true; value: z.output<S> } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'is not JSON' };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: z.prettifyError(parsed.error).replace(/\n/g, ' ') };
}

export function parseShardBody(text: string): ParsedShardBody & { withHits?: number } {
  const parsed = parseJson(text, ShardRankBody);
  if (!parsed.ok) return parsed;
  const { withHits, ...params } = parsed.value;
  return { ok: true, params, withHits };
}

export function parseHitsBody(text: string): ParsedHitsBody {
  const parsed = parseJson(text, ShardHitsBody);
  return parsed.ok ? { ok: true, params: parsed.value.params, keys: parsed.value.keys as ShardKey[] } : parsed;
}
