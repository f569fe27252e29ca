// Zod builders for query and path parameters. Query strings arrive as a string, or as an
// array when a key repeats; these schemas turn them into typed values and attach the API
// error code to every failure, so the message names the parameter and the fix.
import { z } from './zod.js';
import { ERRORS, type ErrorCode } from './errors.js';
import type { ApiIssueParams } from './validation-hook.js';

type Ctx = z.core.$RefinementCtx;

export function reportIssue<C extends ErrorCode>(
  ctx: Ctx, code: C, vars: Parameters<(typeof ERRORS)[C]['message']>[0], path?: string[],
): void {
  const params: ApiIssueParams = { apiError: code, vars: vars as Record<string, unknown> };
  const message = (ERRORS[code].message as (v: typeof vars) => string)(vars);
  ctx.addIssue({ code: 'custom', message, params, ...(path ? { path } : {}) });
}

const toArray = (value: unknown): unknown => (typeof value === 'string' ? [value] : value);

/** A parameter that may be given once. */
export const singleText = (max: number) => z.string().max(max);

/** `theme=a&theme=b`: each value up to `maxLength`, at most `maxValues` values. */
export const repeatableText = (maxLength: number, maxValues = 50) =>
  z.preprocess(toArray, z.array(z.string().max(maxLength)).max(maxValues));

/** Like repeatableText, but every value must be one of `values`. */
export const repeatableEnum = <T extends readonly [string, ...string[]]>(values: T, maxValues = 50) =>
  z.preprocess(toArray, z.array(z.enum(values)).max(maxValues));

/** A non-negative integer in [min, max]; `hint` tells what to do instead. */
export const integerParam = (param: string, min: number, max: number, hint?: string) =>
  z.string().transform((text, ctx) => {
    const value = /^\d{1,15}$/.test(text.trim()) ? Number(text.trim()) : NaN;
    if (!(value >= min && value <= max)) {
      reportIssue(ctx, 'out_of_range', { param, min, max, hint });
      return z.NEVER;
    }
    return value;
  });

/** `true` or `false` only: "1", "yes" and "" are ambiguous in filters, so they are refused. */
export const booleanParam = () => z.enum(['true', 'false']).transform((v) => v === 'true');

export interface YearFilter {
  values?: number[];
  from?: number;
  to?: number;
}

const YEAR_RE = /^(\d{4})$|^(\d{4})?\.\.(\d{4})?$/;

/** `year=2018`, `year=2018..2023`, `year=..2019`, `year=2020..`; exact years may repeat, one range. */
export const yearParam = () =>
  z.preprocess(toArray, z.array(z.string().max(20)).max(50)).transform((texts, ctx): YearFilter => {
    const filter: YearFilter = {};
    for (const text of texts) {
      const match = YEAR_RE.exec(text.trim());
      if (!match || text.trim() === '..') {
        reportIssue(ctx, 'invalid_parameter', {
          param: 'year', problem: `does not accept ${JSON.stringify(text)}`,
          fix: 'Give a year (2018) or an inclusive range (2018..2023, ..2019, 2020..).',
        });
        return z.NEVER;
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
        return z.NEVER;
      }
      if (from !== undefined && to !== undefined && from > to) {
        reportIssue(ctx, 'invalid_parameter', {
          param: 'year', problem: `has a backwards range ${JSON.stringify(text)}`, fix: `Write it as ${to}..${from}.`,
        });
        return z.NEVER;
      }
      if (from !== undefined) filter.from = from;
      if (to !== undefined) filter.to = to;
    }
    return filter;
  });
