// Compilations of the Parties' replies, in English and French, against gold tables written
// before the reader ran on them (questionnaire-compilation.gold.ts); the Party list as data.
import { describe, expect, it } from 'vitest';
import { describeGoldFixtures } from '../../../test/support/check-gold.js';
import { readSeed, SEED_FILES, segmentText } from '../../../test/support/segment-fixture.js';
import { LANZAROTE_PARTIES, partyNamed } from '../../series/parties.js';
import { COMPILATION_FIXTURES } from './questionnaire-compilation.gold.js';
import { questionnaireCompilationKind } from './questionnaire-compilation.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);

describeGoldFixtures(COMPILATION_FIXTURES, FIXTURES);

describe('Party names', () => {
  it.each([
    ['Albania', 'AL'], ['ALBANIA', 'AL'], ['Allemagne', 'DE'], ['the Netherlands', 'NL'], ['Pays-Bas:', 'NL'],
    ['“The former Yugoslav Republic of Macedonia”', 'MK'], ['Türkiye', 'TR'], ['Turkey', 'TR'], ['Fédération de Russie', 'RU'], ['Tunisia', 'TN'],
  ])('%s is %s', (name, code) => {
    expect(partyNamed(LANZAROTE_PARTIES, name)?.code).toBe(code);
  });

  it.each(['Prevention', 'Albania and Andorra', 'The Government of Albania replied in 2018.'])('%s names no Party', (line) => {
    expect(partyNamed(LANZAROTE_PARTIES, line)).toBeUndefined();
  });

  it('has one code per Party', () => {
    expect(new Set(LANZAROTE_PARTIES.map((p) => p.code)).size).toBe(LANZAROTE_PARTIES.length);
  });
});

describe('compilation: text it does not expect', () => {
  it('keeps a Party line in an answer\'s prose and a remark between answers', () => {
    const text = 'Compilation\n\nQuestion 5. Research\n\nHave public authorities supported research?\n\nFrance\n\nYes.\n\nNote of the Secretariat: replies were shortened.\n\nMalta\n\nNo.\n';
    const { items } = segmentText(questionnaireCompilationKind, text);
    expect(items.map((i) => [i.key, i.text])).toEqual([
      ['q/5', 'Have public authorities supported research?'],
      ['a/5/FR', 'Yes.\nNote of the Secretariat: replies were shortened.'],
      ['a/5/MT', 'No.'],
    ]);
  });
});

describe('compilation detection', () => {
  it.each(SEED_FILES)('does not take the seed %s for a compilation', (file) => {
    expect(questionnaireCompilationKind.detect(readSeed(file)).matched).toBe(false);
  });
});
