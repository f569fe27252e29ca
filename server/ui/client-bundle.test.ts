// The page script is committed as a generated string (runtimes without file access serve it
// from memory). It must match its sources and stay free of what the CSP or an XSS review forbids.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_SCRIPT } from './client-bundle.generated.js';
import { bundleClientScript, GENERATED_MODULE, renderGeneratedModule, type ClientBundle } from '../../scripts/build-client-bundle.js';

/** The page's own sources: what the server renders and what the browser runs. */
const SOURCE_DIRS = ['server/ui/components', 'server/ui/client', 'server/ui/model', 'server/ui/pages'];
const sources = SOURCE_DIRS.flatMap((dir) => readdirSync(dir).filter((name) => /\.tsx?$/.test(name) && !name.includes('.test.'))
  .map((name) => ({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') })));

describe('the page script bundle', () => {
  let bundle: ClientBundle;
  beforeAll(async () => { bundle = await bundleClientScript(); });

  it('matches server/ui/client/ (else run: npx tsx scripts/build-client-bundle.ts)', () => {
    const fresh = renderGeneratedModule(bundle.code);
    expect(readFileSync(GENERATED_MODULE, 'utf8') === fresh, 'client-bundle.generated.ts is stale').toBe(true);
  });

  it('is one self-contained module: no imports to fetch', () => {
    expect(CLIENT_SCRIPT).not.toMatch(/^\s*import\b/m);
    expect(CLIENT_SCRIPT).not.toMatch(/\bimport\(/);
  });

  it('renders the components with hono/jsx/dom (the same components the server renders), and no page of the server', () => {
    expect(bundle.inputs).toEqual(expect.arrayContaining([
      'node_modules/hono/dist/jsx/dom/render.js', 'server/ui/components/search-results.tsx', 'server/ui/components/filters-panel.tsx',
    ]));
    expect(bundle.inputs.filter((input) => /server\/ui\/pages\/|server\/(corpus|app)\.ts$/.test(input))).toEqual([]);
  });

  it('writes markup as a string only where hono/jsx/dom would for dangerouslySetInnerHTML, which nothing uses', () => {
    expect(CLIENT_SCRIPT).not.toMatch(/\.outerHTML\s*=|insertAdjacentHTML|document\.write/);
    // hono/jsx/dom clears a container (= "") and sets the dangerouslySetInnerHTML prop (= x.__html).
    const writes = [...CLIENT_SCRIPT.matchAll(/\.innerHTML\s*=\s*([^;,)}]+)/g)].map((m) => m[1]);
    expect(writes.length).toBeGreaterThan(0);
    for (const value of writes) expect(value).toMatch(/^""$|^\w+\.__html$/);
    for (const { path, text } of sources) expect(text, path).not.toMatch(/dangerouslySetInnerHTML|innerHTML|insertAdjacentHTML/);
  });

  it('builds no code from strings (the CSP forbids it)', () => {
    expect(CLIENT_SCRIPT).not.toMatch(/\beval\(|\bnew Function\(|setTimeout\(\s*["'`]/);
  });

  it('gives no element an inline style or handler attribute (the CSP blocks them; the server would drop handlers)', () => {
    for (const { path, text } of sources.filter((s) => s.path.endsWith('.tsx'))) {
      expect(text.match(/\s(style|on[A-Z]\w*)=\{/g) ?? [], path).toEqual([]);
    }
    expect(CLIENT_SCRIPT).not.toMatch(/\.setAttribute\(\s*["'`](style|on\w+)["'`]/);
  });

  it('names no other origin (XML namespaces are identifiers, not fetches)', () => {
    const origins = (CLIENT_SCRIPT.match(/https?:\/\/[^\s"'`)]+/g) ?? []).filter((url) => !url.startsWith('http://www.w3.org/'));
    expect(origins).toEqual([]);
  });

  it('stays small enough for the Worker bundle budget', () => {
    expect(CLIENT_SCRIPT.length).toBeLessThan(150 * 1024);
  });
});
