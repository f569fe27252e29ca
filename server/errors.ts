// The one table of API error codes. Every 4xx body is `{ error: { code, message } }` and the
// message names what was wrong and how to fix it, so a client can show it to a person as is.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { byNearness } from './nearest.js';

interface ErrorSpec<V> {
  status: ContentfulStatusCode;
  message: (vars: V) => string;
}

/** Lists longer than this are cut to their values nearest the one given. */
const LISTED_VALUES_MAX = 20;

/**
 * The values a parameter takes, as the fix of a value_not_allowed error. A long list (bodies,
 * responsible ministries) is cut to the values nearest the one given, with the count, so the
 * message stays readable and still says where the rest is.
 */
function allowedValues(given: string, allowed: readonly string[]): string {
  if (allowed.length === 0) return 'No item of this corpus has a value for it: leave it out.';
  if (allowed.length <= LISTED_VALUES_MAX) return `Use one of: ${allowed.join(', ')}.`;
  const shown = byNearness(given, allowed).slice(0, LISTED_VALUES_MAX);
  return `Use one of the ${allowed.length} values, for example: ${shown.join(', ')}, … (${allowed.length - shown.length} more; `
    + 'the facet counts of /api/search?limit=0 list them all).';
}

const spec = <V>(status: ContentfulStatusCode, message: (vars: V) => string): ErrorSpec<V> => ({ status, message });

export const ERRORS = {
  invalid_parameter: spec<{ param: string; problem: string; fix: string }>(400,
    (v) => `Parameter "${v.param}" ${v.problem}. ${v.fix}`),
  value_not_allowed: spec<{ param: string; value: string; allowed: readonly string[] }>(400,
    (v) => `Parameter "${v.param}" does not accept ${JSON.stringify(v.value)}. ${allowedValues(v.value, v.allowed)}`),
  unknown_parameter: spec<{ param: string; nearest?: string; known: readonly string[] }>(400,
    (v) => `Unknown parameter "${v.param}".${v.nearest ? ` Did you mean "${v.nearest}"?` : ''} This endpoint takes: ${v.known.join(', ')}.`),
  parameter_too_long: spec<{ param: string; max: number }>(400,
    (v) => `Parameter "${v.param}" is longer than ${v.max} characters. Shorten it to at most ${v.max}.`),
  out_of_range: spec<{ param: string; min: number; max: number; hint?: string }>(400,
    (v) => `Parameter "${v.param}" must be an integer from ${v.min} to ${v.max}.${v.hint ? ` ${v.hint}` : ''}`),
  repeated_parameter: spec<{ param: string }>(400,
    (v) => `Parameter "${v.param}" was given more than once. Give it once.`),
  item_not_found: spec<{ id: string }>(404,
    (v) => `No item has the id ${JSON.stringify(v.id)}. Take ids from /api/search hits (field "id").`),
  route_not_found: spec<{ method: string; path: string }>(404,
    (v) => `No route for ${v.method} ${v.path}. See /api/docs for the available endpoints.`),
  method_not_allowed: spec<{ method: string }>(405,
    (v) => `Method ${v.method} is not allowed: this API is read-only. Use GET or HEAD.`),
  internal_error: spec<Record<string, never>>(500,
    () => 'The server failed on this request. This is a bug in the service, not in the request; please report it with the URL.'),
} as const;

export type ErrorCode = keyof typeof ERRORS;
type VarsOf<C extends ErrorCode> = (typeof ERRORS)[C] extends ErrorSpec<infer V> ? V : never;

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

export function errorBody<C extends ErrorCode>(code: C, vars: VarsOf<C>): ErrorBody {
  const { message } = ERRORS[code] as ErrorSpec<VarsOf<C>>;
  return { error: { code, message: message(vars) } };
}

export function errorResponse<C extends ErrorCode>(c: Context, code: C, vars: VarsOf<C>): Response {
  return c.json(errorBody(code, vars), ERRORS[code].status);
}
