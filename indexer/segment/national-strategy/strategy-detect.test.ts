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

describe('national strategy detection scores structure, not a word', () => {
  it('is not fooled by a title that calls a report a strategy', () => {
    const text = 'EVALUATION OF THE NATIONAL STRATEGY 2016–2019\n\nThe strategy was implemented by the ministries. Deadline: the report was due in 2020.\n\nMost tasks were met.\n';
    const detection = nationalStrategyKind.detect(text);
    expect(detection.matched, detection.evidence.join('; ')).toBe(false);
  });
  it('recognises a numbered programme with "Responsible" lines and says why', () => {
    const tasks = [1, 2, 3].map((n) => `1.${n}. To do task ${n}.\nResponsible: Ministry of Health\nDeadline: ${2003 + n}\n`).join('\n');
    const detection = nationalStrategyKind.detect(`PROGRAMME AGAINST TRAFFICKING 2003–2006\n\n${tasks}`);
    expect(detection.matched).toBe(true);
    expect(detection.evidence).toContain('3 numbered items followed by their field lines');
  });
});
