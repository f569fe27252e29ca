// The body a coordinator POSTs to a shard: SearchParams as JSON. Shards normally sit behind
// service bindings, but a shard Worker given a public route must still answer bad input
// with a 400, never a 5xx; the bounds are the public API's.
import { z } from '../zod.js';
import type { SearchParams } from '../../core/search/index.js';
import { SORTS } from '../../core/search/types.js';

// The public API's bounds (server/routes/search.request.ts), repeated rather than imported:
// that module builds the public query schema at load, which a shard Worker has no use for;
// test/shard/coordinator.test.ts checks they still agree.
export const SHARD_BOUNDS = { QUERY_MAX_LENGTH: 500, OFFSET_MAX: 100_000, EXPORT_LIMIT_MAX: 5000 } as const;
const { QUERY_MAX_LENGTH, OFFSET_MAX, EXPORT_LIMIT_MAX } = SHARD_BOUNDS;

const values = z.array(z.string().max(200)).max(50);
const year = z.number().int().min(0).max(9999);

const ShardSearchBody = z.object({
  q: z.string().max(QUERY_MAX_LENGTH).optional(),
  filters: z.object({
    type: values.optional(),
    urgency: values.optional(),
    body: values.optional(),
    year: z.object({ values: z.array(year).max(50).optional(), from: year.optional(), to: year.optional() }).strict().optional(),
    theme: values.optional(),
    document: values.optional(),
    addressee: values.optional(),
    commitment: z.boolean().optional(),
    ref: values.optional(),
  }).strict().optional(),
  // A coordinator asks every shard for offset + limit hits from the top.
  limit: z.number().int().min(0).max(OFFSET_MAX + EXPORT_LIMIT_MAX).optional(),
  offset: z.number().int().min(0).max(OFFSET_MAX).optional(),
  sort: z.enum(SORTS).optional(),
}).strict();

export type ParsedShardBody = { ok: true; params: SearchParams } | { ok: false; problem: string };

export function parseShardBody(text: string): ParsedShardBody {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'is not JSON' };
  }
  const parsed = ShardSearchBody.safeParse(json);
  return parsed.success ? { ok: true, params: parsed.data } : { ok: false, problem: z.prettifyError(parsed.error).replace(/\n/g, ' ') };
}
