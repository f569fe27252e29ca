// Each kind recognises its own seed and none of the other four.
import { describe, expect, it } from 'vitest';
import { readSeed, SEED_FILES } from '../../../test/support/segment-fixture.js';
import { globalAllianceReportKind } from '../global-alliance/global-alliance-report.js';
import { nationalStrategyKind } from './national-strategy.js';

const SEEDS = SEED_FILES;
const read = readSeed;

const CASES = [
  { kind: nationalStrategyKind, own: 'national-strategy-thb-cz-2020-2023.txt' },
  { kind: globalAllianceReportKind, own: 'global-alliance-report-cz-2014.txt' },
];

describe.each(CASES)('detect for $kind.kind', ({ kind, own }) => {
  it.each(SEEDS)('%s', (file) => {
    expect(kind.detect(read(file)).matched).toBe(file === own);
  });
});
