// Query and path parameters: each builder returns the zod schema that parses the parameter and
// the OpenAPI schema that documents it, so the two cannot drift. Query strings arrive as a
// string, or as an array when a key repeats; the schemas turn them into typed values and attach
// the API error code to every failure, so the message names the parameter and the fix.
//
// zod/mini (messages: zod-messages.ts), not classic zod: it builds the same parsers from
// functions the bundler can drop when unused, which keeps the Worker's start-up and bundle
// small, and it has no parser compiler, so nothing in the Worker generates code from strings.
import * as z from 'zod/mini';
import { ERRORS, type ErrorCode } from './errors.js';
import { nearestName } from './nearest.js';
import type { ApiIssueParams } from './validate.js';

/** A parameter: its parser and its documented shape (an OpenAPI 3.1 schema object). */
export interface Param<S extends z.ZodMiniType = z.ZodMiniType> {
  schema: S;
  openapi: Record<string, unknown>;
}

/** What the docs say about a parameter beyond its shape. */
export interface ParamDoc {
  description: string;
  example?: unknown;
  required?: boolean;
}

export type DocumentedParam<S extends z.ZodMiniType = z.ZodMiniType> = Param<S> & ParamDoc;

export const documented = <S extends z.ZodMiniType>(param: Param<S>, doc: ParamDoc): DocumentedParam<S> => ({ ...param, ...doc });

/** Optional parameters parse to undefined when absent. */
export const optional = <S extends z.ZodMiniType>(param: Param<S>): Param<z.ZodMiniOptional<S>> =>
  ({ schema: z.optional(param.schema), openapi: param.openapi });

/** Transforms and refinements both get the parse payload; issues go straight into it. */
type Ctx = z.core.ParsePayload;

export function reportIssue<C extends ErrorCode>(
  ctx: Ctx, code: C, vars: Parameters<(typeof ERRORS)[C]['message']>[0], path?: string[],
): void {
  const params: ApiIssueParams = { apiError: code, vars: vars as Record<string, unknown> };
  const message = (ERRORS[code].message as (v: typeof vars) => string)(vars);
  ctx.issues.push({ code: 'custom', message, params, input: undefined, ...(path ? { path } : {}) });
}

/** An invalid_parameter issue from a builder that does not know its parameter's name: validate.ts takes it from the issue's path. */
function reportProblem(ctx: Ctx, problem: string, fix: string): void {
  const params: ApiIssueParams = { apiError: 'invalid_parameter', vars: { problem, fix } };
  ctx.issues.push({ code: 'custom', message: `${problem}. ${fix}`, params, input: undefined });
}

/**
 * Control characters (NUL, escape, …) are never part of an id, a filter value or a query: a
 * request carrying one was built wrongly, and answering it as a search for something else would
 * hide that. Free text may hold tabs and line breaks (pasted text); names and ids may not.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_BUT_SPACING = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const refuseControls = (pattern: RegExp) => z.superRefine((value: string, ctx) => {
  const found = pattern.exec(value)?.[0];
  if (found !== undefined) {
    const code = `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    reportProblem(ctx, `contains the control character ${code}`, 'Remove it: values are printable text.');
  }
});

const toArray = (value: unknown): unknown => (typeof value === 'string' ? [value] : value);
const MAX_VALUES = 50;

/** Free text that may be given once (a query): tabs and line breaks allowed, other control characters not. */
export const singleText = (max: number) => ({
  schema: z.string().check(z.maxLength(max), refuseControls(CONTROL_BUT_SPACING)),
  openapi: { type: 'string', maxLength: max },
});

/** A path segment such as an id: given, at most `max` characters, no control character. */
export const nonEmptyText = (max: number) => ({
  schema: z.string().check(z.minLength(1), z.maxLength(max), refuseControls(CONTROL)),
  openapi: { type: 'string', minLength: 1, maxLength: max },
});

/** `theme=a&theme=b`: each value up to `maxLength` without control characters, at most `maxValues` values. */
export const repeatableText = (maxLength: number, maxValues = MAX_VALUES) => ({
  schema: z.pipe(z.transform(toArray), z.array(z.string().check(z.maxLength(maxLength), refuseControls(CONTROL))).check(z.maxLength(maxValues))),
  openapi: { type: 'array', items: { type: 'string', maxLength }, maxItems: maxValues },
});

/** Like repeatableText, but every value must be one of `values`. */
export const repeatableEnum = <T extends readonly [string, ...string[]]>(values: T, maxValues = MAX_VALUES) => ({
  schema: z.pipe(z.transform(toArray), z.array(z.enum(values)).check(z.maxLength(maxValues))),
  openapi: { type: 'array', items: { type: 'string', enum: [...values] }, maxItems: maxValues },
});

/** One of `values`, given once. */
export const oneOf = <T extends readonly [string, ...string[]]>(values: T) => ({
  schema: z.enum(values),
  openapi: { type: 'string', enum: [...values] },
});

/** Plain decimal digits: no spaces, sign, exponent or leading zero (" 5", "+5", "073" are typos or another notation). */
const INTEGER_TEXT = /^(0|[1-9]\d{0,14})$/;

export interface IntegerOptions {
  /** What to do instead, appended to the message. */
  hint?: string;
  defaultValue?: number;
  /**
   * The range the message states when it is narrower than what parses: `limit` parses up to the
   * export maximum, but its documented range (and so its message) is that of a page.
   */
  stated?: { max: number; hint?: string };
}

/** A non-negative integer in [min, max], written in plain digits. */
export const integerParam = (param: string, min: number, max: number, options: IntegerOptions = {}) => ({
  schema: z.pipe(z.string(), z.transform((text: string, ctx) => {
    const value = INTEGER_TEXT.test(text) ? Number(text) : NaN;
    if (!(value >= min && value <= max)) {
      const stated = options.stated ?? { max, hint: options.hint };
      const misspelt = /^\s*\+?\d+\s*$/.test(text) && !INTEGER_TEXT.test(text);
      const notation = misspelt ? 'Write it in plain digits, without spaces, sign or leading zeros.' : undefined;
      const hint = [notation, stated.hint].filter(Boolean).join(' ') || undefined;
      reportIssue(ctx, 'out_of_range', { param, min, max: stated.max, hint });
      return z.NEVER;
    }
    return value;
  })),
  openapi: { type: 'integer', minimum: min, maximum: options.stated?.max ?? max, ...(options.defaultValue === undefined ? {} : { default: options.defaultValue }) },
});

/** `true` or `false` only: "1", "yes" and "" are ambiguous in filters, so they are refused. */
export const booleanParam = () => ({
  schema: z.pipe(z.enum(['true', 'false']), z.transform((v: 'true' | 'false') => v === 'true')),
  openapi: { type: 'boolean' },
});

export interface YearFilter {
  values?: number[];
  from?: number;
  to?: number;
}

const YEAR_RE = /^(\d{4})$|^(\d{4})?\.\.(\d{4})?$/;

function parseYears(param: string, texts: string[], ctx: Ctx): YearFilter {
  const filter: YearFilter = {};
  for (const text of texts) {
    const match = YEAR_RE.exec(text);
    if (!match || text === '..') {
      reportIssue(ctx, 'invalid_parameter', {
        param, problem: `does not accept ${JSON.stringify(text)}`,
        fix: 'Give a year (2018) or an inclusive range (2018..2023, ..2019, 2020..).',
      });
      return filter;
    }
    if (match[1] !== undefined) {
      (filter.values ??= []).push(Number(match[1]));
      continue;
    }
    const from = match[2] === undefined ? undefined : Number(match[2]);
    const to = match[3] === undefined ? undefined : Number(match[3]);
    if (filter.from !== undefined || filter.to !== undefined) {
      reportIssue(ctx, 'invalid_parameter', {
        param, problem: 'has more than one range', fix: 'Give one range (2018..2023) plus any exact years.',
      });
      return filter;
    }
    if (from !== undefined && to !== undefined && from > to) {
      reportIssue(ctx, 'invalid_parameter', {
        param, problem: `has a backwards range ${JSON.stringify(text)}`, fix: `Write it as ${to}..${from}.`,
      });
      return filter;
    }
    if (from !== undefined) filter.from = from;
    if (to !== undefined) filter.to = to;
  }
  return filter;
}

/** `year=2018`, `year=2018..2023`, `year=..2019`, `year=2020..`; exact years may repeat, one range. */
export const yearParam = (param = 'year') => ({
  schema: z.pipe(
    z.pipe(z.transform(toArray), z.array(z.string().check(z.maxLength(20))).check(z.maxLength(MAX_VALUES))),
    z.transform((texts: string[], ctx): YearFilter => parseYears(param, texts, ctx)),
  ),
  openapi: { type: 'array', items: { type: 'string', maxLength: 20, pattern: '^(\\d{4}|\\d{4}\\.\\.(\\d{4})?|\\.\\.\\d{4})$' }, maxItems: MAX_VALUES },
});

type Shape<P extends Record<string, Param>> = { [K in keyof P]: P[K]['schema'] };

/** The object schema of a table of parameters. */
export const paramsObject = <P extends Record<string, Param>>(params: P) =>
  z.object(Object.fromEntries(Object.entries(params).map(([name, p]) => [name, p.schema])) as Shape<P>);

/**
 * The schema of a query string: the parameters' object, refusing a parameter it does not take
 * (a misspelt filter would otherwise be dropped and the answer look filtered when it is not),
 * with the nearest known name. `aliases` names what people write for a parameter ("status" for
 * "fulfilment") where spelling alone would not find it.
 */
export const queryParamsObject = <P extends Record<string, Param>>(params: P, aliases: Record<string, keyof P & string> = {}) => {
  const known = Object.keys(params);
  const refuseUnknown = z.transform((raw: unknown, ctx) => {
    if (typeof raw !== 'object' || raw === null) return raw;
    for (const name of Object.keys(raw)) {
      if (Object.hasOwn(params, name)) continue;
      const nearest = Object.hasOwn(aliases, name) ? aliases[name] : nearestName(name, known);
      reportIssue(ctx, 'unknown_parameter', { param: name, nearest, known }, [name]);
      return z.NEVER;
    }
    return raw;
  });
  return z.pipe(refuseUnknown, paramsObject(params));
};
