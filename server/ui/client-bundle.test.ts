// The page script is committed as a generated string (runtimes without file access serve it
// from memory). It must match its sources and stay free of what the CSP or an XSS review forbids.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_SCRIPT } from './client-bundle.generated.js';
import { bundleClientScript, GENERATED_MODULE, renderGeneratedModule } from '../../scripts/build-client-bundle.js';

describe('the page script bundle', () => {
  it('matches server/ui/client/ (else run: npx tsx scripts/build-client-bundle.ts)', async () => {
    const fresh = renderGeneratedModule(await bundleClientScript());
    expect(readFileSync(GENERATED_MODULE, 'utf8') === fresh, 'client-bundle.generated.ts is stale').toBe(true);
  });

  it('is one self-contained module: no imports to fetch', () => {
    expect(CLIENT_SCRIPT).not.toMatch(/^\s*import\b/m);
    expect(CLIENT_SCRIPT).not.toMatch(/\bimport\(/);
  });

  it.each([
    [/\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|document\.write/, 'markup written as a string (text nodes only)'],
    [/\beval\(|\bnew Function\(|setTimeout\(\s*["'`]/, 'code built from strings (the CSP forbids it)'],
    [/\.setAttribute\(\s*["'`](style|on\w+)["'`]/, 'inline styles or handlers (the CSP blocks them)'],
  ])('never uses %s: %s', (pattern) => {
    expect(CLIENT_SCRIPT).not.toMatch(pattern);
  });

  it('names no other origin (the SVG namespace is an identifier, not a fetch)', () => {
    const origins = (CLIENT_SCRIPT.match(/https?:\/\/[^\s"'`)]+/g) ?? []).filter((url) => url !== 'http://www.w3.org/2000/svg');
    expect(origins).toEqual([]);
  });

  it('stays small enough for the Worker bundle budget', () => {
    expect(CLIENT_SCRIPT.length).toBeLessThan(150 * 1024);
  });
});
