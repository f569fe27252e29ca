// Each kind recognises its own seed and none of the other four.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { globalAllianceReportKind } from './global-alliance-report.js';
import { nationalStrategyKind } from './national-strategy.js';

const SEEDS = [
  'global-alliance-report-cz-2014.txt',
  'greta-cp-rec-2024-10-reply-cz-2025.txt',
  'lanzarote-r2-factsheet-cz-2023.txt',
  'lanzarote-r2-questionnaire-reply-cz.txt',
  'national-strategy-thb-cz-2020-2023.txt',
];
const read = (file: string) => readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');

const CASES = [
  { kind: nationalStrategyKind, own: 'national-strategy-thb-cz-2020-2023.txt' },
  { kind: globalAllianceReportKind, own: 'global-alliance-report-cz-2014.txt' },
];

describe.each(CASES)('detect for $kind.kind', ({ kind, own }) => {
  it.each(SEEDS)('%s', (file) => {
    expect(kind.detect(read(file))).toBe(file === own);
  });
});
