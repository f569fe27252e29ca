// `npm run index` as a person runs it: the exit code and what it prints when the loss is over the
// limit, when the limit is waived, and when the manifest is not JSON (then nothing is written).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = join('node_modules', '.bin', 'tsx');
const run = (...args: string[]) => spawnSync(tsx, ['indexer/cli.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

/** A seeds folder with the questionnaire reply, which loses a few label letters (0.01 %). */
function seedsWithSomeLoss(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-seeds-'));
  copyFileSync('seeds/lanzarote-r2-questionnaire-reply-cz.txt', join(dir, 'reply.txt'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents: [{ id: 'reply', file: 'reply.txt', title: 'Reply', body: 'Lanzarote Committee', year: 2018, kind: 'questionnaire-reply', format: 'txt' }] }));
  return dir;
}

describe('npm run index', () => {
  it('fails when a document loses more than the limit, naming it, and passes with --allow-loss', () => {
    const seeds = seedsWithSomeLoss();
    const strict = run('--seeds', seeds, '--out', mkdtempSync(join(tmpdir(), 'cli-out-')), '--max-loss', '0');
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/lost: 0\.0\d% \(\d+ of \d+ letters\)/);
    expect(strict.stderr).toMatch(/lost more than 0% of the text of reply \(0\.0\d%\).*--allow-loss/);
    const allowed = run('--seeds', seeds, '--out', mkdtempSync(join(tmpdir(), 'cli-out-')), '--max-loss', '0', '--allow-loss');
    expect(allowed.status).toBe(0);
    expect(allowed.stderr).toMatch(/allowed by --allow-loss/);
    const usual = run('--seeds', seeds, '--out', mkdtempSync(join(tmpdir(), 'cli-out-')));
    expect(usual.status).toBe(0);
  }, 240_000);

  it('stops on a manifest that is not JSON, naming line and column, and writes nothing', () => {
    const seeds = seedsWithSomeLoss();
    writeFileSync(join(seeds, 'manifest.json'), '{\n  "documents": [\n    { "id": "reply", }\n  ]\n}\n');
    const out = join(mkdtempSync(join(tmpdir(), 'cli-out-')), 'corpus');
    const result = run('--seeds', seeds, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/manifest\.json is not valid JSON: line 3, column \d+/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it('refuses a limit that is not a percentage', () => {
    const result = run('--max-loss', 'lots');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--max-loss must be a percentage/);
  });
});
