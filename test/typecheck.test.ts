// The project type-checks. Some guarantees live only in types: a route's handler compiles only
// after its validator (server/routes/*.index.ts), and search answers must be documented
// SearchResponses (server/routes/search-response.test.ts). vitest strips types without checking
// them, so this runs the compiler.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('TypeScript', () => {
  it('finds no type error in the project (tsc --noEmit)', async () => {
    const result = await promisify(execFile)(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'], { maxBuffer: 16 * 1024 * 1024 })
      .then(() => ({ code: 0, output: '' }), (err: { code?: number; stdout?: string; stderr?: string }) => ({ code: err.code ?? 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` }));
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  }, 120_000);
});
