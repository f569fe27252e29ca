// A tool's arguments from the same contracts as the HTTP API (server/routes/*.request.ts): the
// JSON Schema a client sees is each parameter's documented schema, and the arguments are
// checked by the very zod schema that validates the query string, after a check of their JSON
// types (a query string has only strings; a tool call has numbers, booleans and arrays). So a
// tool refuses exactly what the API refuses, with the same message naming the argument.
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import type * as z from 'zod/mini';
import { nearestName } from '../nearest.js';
import type { DocumentedParam } from '../query-params.js';
import { issueToErrorBody } from '../validate.js';

export type ToolParams = Record<string, DocumentedParam>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** The tool's input schema: each parameter's documented JSON Schema with its description and example. */
export function inputSchemaOf(params: ToolParams): Tool['inputSchema'] {
  const properties = Object.fromEntries(Object.entries(params).map(([name, p]) => [name, {
    ...p.openapi, description: p.description, ...(p.example === undefined ? {} : { examples: [p.example] }),
  }]));
  const required = Object.entries(params).filter(([, p]) => p.required).map(([name]) => name);
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false };
}

const JSON_TYPE_WORDS: Record<string, string> = {
  array: 'a list of strings, e.g. ["a", "b"]', integer: 'an integer', boolean: 'true or false', string: 'a string',
};

/** A JSON argument as the query string would carry it, or why it cannot be one. */
function asQueryValue(value: unknown, openapi: Record<string, unknown>): { value: string | string[] } | { problem: string } {
  const type = String(openapi.type ?? 'string');
  const wrong = { problem: `must be ${JSON_TYPE_WORDS[type] ?? type}, not ${JSON.stringify(value) ?? String(value)}` };
  switch (type) {
    case 'array':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return wrong;
      return value.length > 0 ? { value } : { problem: 'is an empty list: give at least one value, or leave the argument out' };
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? { value: String(value) } : wrong;
    case 'boolean':
      return typeof value === 'boolean' ? { value: String(value) } : wrong;
    default:
      return typeof value === 'string' ? { value } : wrong;
  }
}

/**
 * Checks `args` against `params` and parses them with `schema` (the route's own). `names` maps a
 * contract's parameter name to the tool's argument name where they differ, for the messages.
 */
export function parseArguments<S extends z.ZodMiniType>(
  args: unknown, params: ToolParams, schema: S, names: Record<string, string> = {},
): Parsed<z.output<S>> {
  if (args === undefined) args = {};
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return { ok: false, message: 'The arguments must be an object.' };
  const known = Object.keys(params);
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(args)) {
    // Own properties only: "toString" or "constructor" is no parameter of any tool.
    const param = Object.hasOwn(params, name) ? params[name] : undefined;
    if (param === undefined) {
      const takes = known.length > 0 ? `This tool takes: ${known.join(', ')}.` : 'This tool takes no arguments.';
      const nearest = nearestName(name, known);
      return { ok: false, message: `Unknown argument "${name}".${nearest ? ` Did you mean "${nearest}"?` : ''} ${takes}` };
    }
    // null stands for "not given", as a client may send for an optional argument.
    if (value === null) continue;
    const converted = asQueryValue(value, param.openapi);
    if ('problem' in converted) return { ok: false, message: `Argument "${name}" ${converted.problem}.` };
    query[name] = converted.value;
  }
  for (const [name, param] of Object.entries(params)) {
    if (param.required && query[name] === undefined) return { ok: false, message: `Argument "${name}" is required: ${param.description}` };
  }
  const result = schema.safeParse(query);
  if (result.success) return { ok: true, value: result.data as z.output<S> };
  const { message } = issueToErrorBody(result.error.issues[0], query).error;
  const toolNames = { ...Object.fromEntries(known.map((n) => [n, n])), ...names };
  return { ok: false, message: message.replace(/^Parameter "([^"]*)"/, (_, name: string) => `Argument "${Object.hasOwn(toolNames, name) ? toolNames[name] : name}"`) };
}
