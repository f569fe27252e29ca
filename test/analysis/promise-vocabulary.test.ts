// The commitments reader knows institutions by the shapes of their names (indexer/series/*),
// never by one country's names: no Party's name is written in its code.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANZAROTE_PARTIES } from '../../indexer/series/parties.js';

const dir = 'indexer/analysis';
const files = readdirSync(dir).filter((f) => /^(?:promise-.*|commitments)\.ts$/.test(f));

describe('the commitments reader\'s code', () => {
  it('is the files read here', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s names no Party', (file) => {
    const code = readFileSync(`${dir}/${file}`, 'utf8');
    const named = LANZAROTE_PARTIES.flatMap((p) => p.names).filter((name) => name.length > 3 && new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(code));
    expect(named).toEqual([]);
  });
});
