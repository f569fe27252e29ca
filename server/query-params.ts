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

const toArray = (value: unknown): unknown => (typeof value === 'string' ? [value] : value);
const MAX_VALUES = 50;

/** A parameter that may be given once. */
export const singleText = (max: number) => ({
  schema: z.string().check(z.maxLength(max)),
  openapi: { type: 'string', maxLength: max },
});

/** A path segment such as an id: given, and at most `max` characters. */
export const nonEmptyText = (max: number) => ({
  schema: z.string().check(z.minLength(1), z.maxLength(max)),
  openapi: { type: 'string', minLength: 1, maxLength: max },
});

/** `theme=a&theme=b`: each value up to `maxLength`, at most `maxValues` values. */
export const repeatableText = (maxLength: number, maxValues = MAX_VALUES) => ({
  schema: z.pipe(z.transform(toArray), z.array(z.string().check(z.maxLength(maxLength))).check(z.maxLength(maxValues))),
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

/** A non-negative integer in [min, max]; `hint` tells what to do instead. */
export const integerParam = (param: string, min: number, max: number, hint?: string, defaultValue?: number) => ({
  schema: z.pipe(z.string(), z.transform((text: string, ctx) => {
    const value = /^\d{1,15}$/.test(text.trim()) ? Number(text.trim()) : NaN;
    if (!(value >= min && value <= max)) {
      reportIssue(ctx, 'out_of_range', { param, min, max, hint });
      return z.NEVER;
    }
    return value;
  })),
  openapi: { type: 'integer', minimum: min, maximum: max, ...(defaultValue === undefined ? {} : { default: defaultValue }) },
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

function parseYears(texts: string[], ctx: Ctx): YearFilter {
  const filter: YearFilter = {};
  for (const text of texts) {
    const match = YEAR_RE.exec(text.trim());
    if (!match || text.trim() === '..') {
      reportIssue(ctx, 'invalid_parameter', {
        param: 'year', problem: `does not accept ${JSON.stringify(text)}`,
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
        param: 'year', problem: 'has more than one range', fix: 'Give one range (2018..2023) plus any exact years.',
      });
      return filter;
    }
    if (from !== undefined && to !== undefined && from > to) {
      reportIssue(ctx, 'invalid_parameter', {
        param: 'year', problem: `has a backwards range ${JSON.stringify(text)}`, fix: `Write it as ${to}..${from}.`,
      });
      return filter;
    }
    if (from !== undefined) filter.from = from;
    if (to !== undefined) filter.to = to;
  }
  return filter;
}

/** `year=2018`, `year=2018..2023`, `year=..2019`, `year=2020..`; exact years may repeat, one range. */
export const yearParam = () => ({
  schema: z.pipe(
    z.pipe(z.transform(toArray), z.array(z.string().check(z.maxLength(20))).check(z.maxLength(MAX_VALUES))),
    z.transform((texts: string[], ctx): YearFilter => parseYears(texts, ctx)),
  ),
  openapi: { type: 'array', items: { type: 'string', maxLength: 20, pattern: '^(\\d{4}|\\d{4}\\.\\.(\\d{4})?|\\.\\.\\d{4})$' }, maxItems: MAX_VALUES },
});

type Shape<P extends Record<string, Param>> = { [K in keyof P]: P[K]['schema'] };

/** The object schema of a table of parameters. */
export const paramsObject = <P extends Record<string, Param>>(params: P) =>
  z.object(Object.fromEntries(Object.entries(params).map(([name, p]) => [name, p.schema])) as Shape<P>);
