// Request validation for every route: a zod schema parses the query or path parameters, and a
// failure becomes the API's error body, the first issue deciding; the message names the
// parameter and the fix (see errors.ts). Param schemas that know better attach their own error
// code to the issue (see query-params.ts).
import type { Context, ValidationTargets } from 'hono';
import { validator } from 'hono/validator';
import type * as z from 'zod/mini';
import { errorBody, ERRORS, type ErrorBody, type ErrorCode } from './errors.js';
import { undecodablePath, undecodableQueryParam } from './percent-decoding.js';
import './zod-messages.js';

/** What a custom issue carries in `params` to pick its error code. */
export interface ApiIssueParams {
  apiError: ErrorCode;
  vars: Record<string, unknown>;
}

function rawValue(raw: unknown, path: readonly PropertyKey[]): unknown {
  const value = (raw as Record<string, unknown> | undefined)?.[String(path[0])];
  return Array.isArray(value) && typeof path[1] === 'number' ? value[path[1]] : value;
}

export function issueToErrorBody(issue: z.core.$ZodIssue, raw: unknown): ErrorBody {
  const param = issue.path.length > 0 ? String(issue.path[0]) : 'request';
  const value = rawValue(raw, issue.path);
  if (issue.code === 'custom' && issue.params && 'apiError' in issue.params) {
    const { apiError, vars } = issue.params as unknown as ApiIssueParams;
    // Builders that do not know their parameter's name leave it to the issue's path.
    return errorBody(apiError, { param, ...vars } as never);
  }
  if (issue.code === 'invalid_value') {
    return errorBody('value_not_allowed', { param, value: String(value), allowed: issue.values.map(String) });
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return errorBody('parameter_too_long', { param, max: Number(issue.maximum) });
  }
  if (issue.code === 'too_big' && issue.origin === 'array') {
    return errorBody('invalid_parameter', {
      param, problem: `is repeated more than ${issue.maximum} times`, fix: `Give at most ${issue.maximum} values.`,
    });
  }
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return errorBody('invalid_parameter', {
      param, problem: Number(issue.minimum) === 1 ? 'has no value' : `has fewer than ${issue.minimum} values`,
      fix: 'See /api/docs for the accepted values.',
    });
  }
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return errorBody('invalid_parameter', {
      param, problem: `is shorter than ${issue.minimum} characters`, fix: 'Give a value; see /api/docs for the accepted values.',
    });
  }
  const rawParam = (raw as Record<string, unknown> | undefined)?.[param];
  if (issue.code === 'invalid_type' && Array.isArray(rawParam)) return errorBody('repeated_parameter', { param });
  return errorBody('invalid_parameter', {
    param, problem: `is not valid (${issue.message})`, fix: 'See /api/docs for the accepted values.',
  });
}

const NOT_UTF8_FIX = 'Percent-encode the UTF-8 bytes of the text (what encodeURIComponent produces).';

/** A 400 for a query parameter or path segment that does not percent-decode to text (percent-decoding.ts). */
function encodingError(target: 'query' | 'param', value: Record<string, unknown>, c: Context): ErrorBody | undefined {
  if (target === 'query') {
    const bad = undecodableQueryParam(c.req.url);
    return bad && errorBody('invalid_parameter', { param: bad.param, problem: `is not UTF-8 text once percent-decoded (${JSON.stringify(bad.raw)})`, fix: NOT_UTF8_FIX });
  }
  const rawPath = undecodablePath(c.req.url);
  if (rawPath === undefined) return undefined;
  // Hono left the undecodable sequence in the parameter's value as literal text.
  const names = Object.keys(value);
  const param = names.find((name) => /%[0-9A-Fa-f]{2}/.test(String(value[name]))) ?? names[0] ?? 'path';
  return errorBody('invalid_parameter', { param, problem: `is not UTF-8 text once percent-decoded (path ${JSON.stringify(rawPath)})`, fix: NOT_UTF8_FIX });
}

/** Parses `target` with `schema`; handlers read the typed result with `c.req.valid(target)`. */
export const validate = <T extends 'query' | 'param', S extends z.ZodMiniType>(target: T, schema: S) =>
  validator(target, (value: ValidationTargets[T], c: Context) => {
    const notText = encodingError(target, value as Record<string, unknown>, c);
    if (notText) return c.json(notText, 400);
    const result = schema.safeParse(value);
    if (result.success) return result.data as z.output<S>;
    const body = issueToErrorBody(result.error.issues[0], value);
    return c.json(body, ERRORS[body.error.code].status);
  });
