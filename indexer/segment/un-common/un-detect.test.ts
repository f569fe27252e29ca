// The UN review kinds recognise their own fixtures (the gold tests check which kind each gets)
// and none of the five seeds, whose title blocks name Council of Europe bodies and ministries.
import { describe, expect, it } from 'vitest';
import { readSeed, SEED_FILES } from '../../../test/support/segment-fixture.js';
import { uprReportKind } from '../un-upr-report/upr-report.js';
import { positionsKind } from '../un-positions/positions.js';
import { observationsKind } from '../un-observations/observations.js';
import { submissionKind } from '../un-submissions/submissions.js';
import { chooseKind } from '../registry.js';

describe.each([uprReportKind, positionsKind, observationsKind, submissionKind])('$kind', (kind) => {
  it.each(SEED_FILES)('does not take the seed %s', (file) => {
    expect(kind.detect(readSeed(file)).matched).toBe(false);
  });
});

describe('a document of none of the kinds', () => {
  it('that names the Working Group in passing is read as generic paragraphs', () => {
    const text = 'Notes of a meeting\n\nThe Working Group on the Universal Periodic Review met in Geneva.\n\nParticipants discussed the helpline.\n';
    expect(chooseKind(text).kind.kind).toBe('generic');
  });
});
