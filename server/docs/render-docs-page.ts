// The API docs page, rendered on the server from the OpenAPI document: no script, no CDN
// asset, so it works offline and under the strict CSP (Swagger UI would need both).
import { escapeHtml as esc } from '../html.js';

interface Schema {
  type?: string | string[];
  enum?: unknown[];
  items?: Schema;
  $ref?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  [key: string]: unknown;
}
interface Parameter { name: string; in: string; required?: boolean; description?: string; schema?: Schema; example?: unknown }
interface Response { $ref?: string; description?: string; content?: Record<string, { schema?: Schema }> }
interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  responses?: Record<string, Response>;
}
export interface OpenAPIDocument {
  openapi?: string;
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown>; responses?: Record<string, Response>; headers?: Record<string, unknown> };
}

const refName = (ref: string) => ref.split('/').pop() ?? ref;

function schemaSummary(schema: Schema | undefined): string {
  if (!schema) return '';
  if (schema.$ref) return `<a href="#schema-${esc(refName(schema.$ref))}">${esc(refName(schema.$ref))}</a>`;
  if (schema.type === 'array' && schema.items) return `list of ${schemaSummary(schema.items)}`;
  const parts = [esc(String(schema.type ?? 'any'))];
  if (schema.enum) parts.push(`one of ${schema.enum.map((v) => `<code>${esc(String(v))}</code>`).join(', ')}`);
  if (schema.minimum !== undefined || schema.maximum !== undefined) {
    parts.push(`${schema.minimum ?? ''}–${schema.maximum ?? ''}`);
  }
  if (schema.maxLength !== undefined) parts.push(`≤ ${schema.maxLength} chars`);
  if (schema.default !== undefined) parts.push(`default <code>${esc(JSON.stringify(schema.default))}</code>`);
  return parts.join(', ');
}

function renderParameters(parameters: Parameter[] | undefined): string {
  if (!parameters?.length) return '';
  const rows = parameters.map((p) => `<tr><td><code>${esc(p.name)}</code>${p.required ? ' <em>required</em>' : ''}</td>`
    + `<td>${esc(p.in)}</td><td>${schemaSummary(p.schema)}</td><td>${esc(p.description ?? '')}</td></tr>`);
  return `<table><thead><tr><th>Parameter</th><th>In</th><th>Values</th><th>Meaning</th></tr></thead>`
    + `<tbody>${rows.join('')}</tbody></table>`;
}

function renderResponses(responses: Operation['responses'], shared: Record<string, Response>): string {
  const items = Object.entries(responses ?? {}).map(([status, given]) => {
    const r = given.$ref ? shared[refName(given.$ref)] ?? given : given;
    const types = Object.entries(r.content ?? {})
      .map(([type, media]) => `<code>${esc(type)}</code> ${schemaSummary(media.schema)}`).join('; ');
    return `<li><strong>${esc(status)}</strong> ${esc(r.description ?? '')}${types ? ` — ${types}` : ''}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/** A clickable example request, when every path parameter has an example. */
function exampleLink(path: string, op: Operation): string {
  let url = path;
  const query: string[] = [];
  for (const p of op.parameters ?? []) {
    const example = p.example ?? (p.schema as { example?: unknown } | undefined)?.example;
    if (p.in === 'path') {
      if (example === undefined) return '';
      url = url.replace(`{${p.name}}`, encodeURIComponent(String(example)).replace(/%2F/g, '/'));
    } else if (p.in === 'query' && example !== undefined) {
      const values = Array.isArray(example) ? example : [example];
      for (const v of values) query.push(`${encodeURIComponent(p.name)}=${encodeURIComponent(String(v))}`);
    }
  }
  const href = query.length ? `${url}?${query.join('&')}` : url;
  return `<p>Try: <a href="${esc(href)}"><code>GET ${esc(href)}</code></a></p>`;
}

/** An operation documented only to say it is refused (405): listed under the path's answered operation instead. */
const refusedOnly = (op: Operation) => Object.keys(op.responses ?? {}).join() === '405';

function renderOperation(path: string, method: string, op: Operation, refused: string[], shared: Record<string, Response>): string {
  const id = `${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, '-');
  const others = refused.length ? `<p>${refused.map((m) => `<code>${esc(m.toUpperCase())}</code>`).join(', ')}: <strong>405</strong> (read-only API)</p>` : '';
  return `<section id="${esc(id)}"><h3><span class="method">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>`
    + `<p>${esc(op.summary ?? '')}</p>${op.description ? `<p>${esc(op.description)}</p>` : ''}`
    + renderParameters(op.parameters) + `<h4>Responses</h4>${renderResponses(op.responses, shared)}${others}`
    + (method === 'get' ? exampleLink(path, op) : '') + '</section>';
}

export function renderDocsPage(doc: OpenAPIDocument, stylesheetHref: string, iconHref: string): string {
  const shared = doc.components?.responses ?? {};
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) => {
    const refused = Object.entries(methods).filter(([, op]) => refusedOnly(op)).map(([method]) => method);
    return Object.entries(methods).filter(([, op]) => !refusedOnly(op)).map(([method, op]) => ({ path, method, op, refused }));
  });
  const toc = operations.map(({ path, method, op }) =>
    `<li><a href="#${esc(`${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, '-'))}">${esc(method.toUpperCase())} ${esc(path)}</a> — ${esc(op.summary ?? '')}</li>`);
  const schemas = Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) =>
    `<section id="schema-${esc(name)}"><h3>${esc(name)}</h3><pre>${esc(JSON.stringify(schema, null, 2))}</pre></section>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">`
    + `<meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<title>${esc(doc.info.title)} — API</title><link rel="icon" href="${esc(iconHref)}" type="image/svg+xml">`
    + `<link rel="stylesheet" href="${esc(stylesheetHref)}"></head><body>`
    + `<header><h1>${esc(doc.info.title)} <small>${esc(doc.info.version)}</small></h1>`
    + `<p>${esc(doc.info.description ?? '')}</p><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a></p></header>`
    + `<nav><h2>Endpoints</h2><ul>${toc.join('')}</ul></nav>`
    + `<main>${operations.map(({ path, method, op, refused }) => renderOperation(path, method, op, refused, shared)).join('')}`
    + `<h2>Schemas</h2>${schemas.join('')}</main></body></html>`;
}
