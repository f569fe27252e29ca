import { describe, expect, it } from 'vitest';
import { splitEntities } from './strategy-bodies.js';
import { cleanCell, continueCell, isRuleRow, splitMergedCells } from './strategy-cells.js';
import { meaningOfLabel } from './strategy-labels.js';
import { fulfilmentStatus } from './strategy-status.js';

const ENTITY_CASES: { input: string; expected: string[]; note: string }[] = [
  { input: '<i>MOI (CPD, P CR)</i>', expected: ['MOI (CPD, P CR)'], note: 'comma inside parentheses' },
  { input: '<i>MLSA, MEYS, MOJ, Office of the Government (Committee on the Rights of the Child)</i>', expected: ['MLSA', 'MEYS', 'MOJ', 'Office of the Government (Committee on the Rights of the Child)'], note: 'list' },
  { input: 'MORD (Department for social Inclusion (Agency))', expected: ['MORD (Department for social Inclusion (Agency))'], note: 'nested parentheses' },
  { input: '1. MLSA, MOI 2. MOJ', expected: ['MLSA', 'MOI', 'MOJ'], note: 'numbered lists' },
  { input: '-', expected: [], note: 'a lone dash is no entity' },
  { input: 'MOI (CPD + SPD)', expected: ['MOI (CPD + SPD)'], note: 'plus sign' },
];

describe('splitEntities', () => {
  it.each(ENTITY_CASES)('$note', ({ input, expected }) => {
    expect(splitEntities(input)).toEqual(expected);
  });
});

describe('splitMergedCells', () => {
  it.each([
    { input: 'MLSA MOI, MEYS', expected: ['MLSA', 'MOI, MEYS'], note: 'two entity cells merged' },
    { input: 'MOI (P CR) MLSA', expected: ['MOI (P CR)', 'MLSA'], note: 'parenthesis in the first cell' },
    { input: 'MOI', expected: ['MOI', ''], note: 'one cell only' },
  ])('$note', ({ input, expected }) => {
    expect(splitMergedCells(input)).toEqual(expected);
  });
});

describe('cleanCell and continueCell', () => {
  it('keeps <p> paragraphs as lines and drops inline tags', () => {
    expect(cleanCell('<p><i>One.</i></p> <p><i>Two  words.</i></p>')).toBe('One.\nTwo words.');
  });
  it('joins a paragraph cut mid-sentence by a page break', () => {
    expect(cleanCell(continueCell('<p>A. B and such</p>', '<p>tools exist.</p> <p>Next.</p>'))).toBe('A. B and such tools exist.\nNext.');
  });
  it('keeps a new paragraph after a finished sentence apart', () => {
    expect(cleanCell(continueCell('<p>Done.</p>', '<p>Next one.</p>'))).toBe('Done.\nNext one.');
  });
  it('recognises a dashed table rule', () => {
    expect(isRuleRow('--------------\t--')).toBe(true);
    expect(isRuleRow('Changes\t-')).toBe(false);
  });
});

describe('label normalisation', () => {
  it.each([
    ['Title', 'title'], ['Task Title', 'title'], ['Task Goal', 'goal'], ['Task Goals', 'goal'],
    ['Task Number', 'number'], ['Task number', 'number'], ['Cooperating Entity', 'cooperating'],
    ['Cooperating Entities', 'cooperating'], ['Description of task Fulfilment', 'fulfilment'], ['Start Date', 'taskStart'],
  ])('%s → %s', (label, field) => {
    expect(meaningOfLabel(label)).toEqual({ kind: 'field', field });
  });
  it.each([
    ['Responsible institution(s)', 'responsible'], ['Implementing body', 'responsible'], ['Lead agency', 'responsible'],
    ['Responsable', 'responsible'], ['Responsabilité', 'responsible'], ['Pilote', 'responsible'], ['Responsible for implementation', 'responsible'],
    ['Partners', 'cooperating'], ['Co-operating institutions', 'cooperating'], ['Partenaires', 'cooperating'],
    ['Time frame', 'deadline'], ['Term of implementation', 'deadline'], ['Délai', 'deadline'], ['Échéance', 'deadline'], ['Calendrier', 'deadline'],
    ['Start of implementation', 'taskStart'], ['Date de lancement', 'taskStart'],
    ['Expected results', 'indicators'], ['Indicators of success', 'indicators'], ['Indicateurs de suivi', 'indicators'],
    ['Budget (EUR)', 'financing'], ['Source of funding', 'financing'], ['Coût estimé', 'financing'],
    ['Target group', 'targetGroup'], ['Public visé', 'targetGroup'], ['Description', 'description'], ['Activities', 'description'],
    ['Objective', 'goal'], ['Objectif', 'goal'], ['Name of the measure', 'title'], ['Intitulé', 'title'],
    ['Measure No.', 'number'], ['N°', 'number'], ['Action n°', 'number'], ['Measure', 'statement'], ['Mesure', 'statement'],
    ['Implementation', 'fulfilment'], ['État de réalisation', 'fulfilment'], ['Assessment', 'overall'], ['Appréciation', 'overall'],
  ])('%s → %s (vocabulary, not one document\'s spellings)', (label, field) => {
    expect(meaningOfLabel(label)).toEqual({ kind: 'field', field });
  });
  it('refuses a sentence that opens with a label word', () => {
    expect(meaningOfLabel('Responsible authorities must report annually')).toBeUndefined();
    expect(meaningOfLabel('Deadline extended by the Government')).toBeUndefined();
  });
  it('reads "Evaluated task" in any case as the start of a table', () => {
    expect(meaningOfLabel('Evaluated task')).toEqual({ kind: 'group', startsRecord: true });
    expect(meaningOfLabel('Basic information')).toEqual({ kind: 'group', startsRecord: true });
  });
  it('knows merged labels', () => {
    expect(meaningOfLabel('Responsible Entity Cooperating Entities')?.kind).toBe('merged');
  });
});

describe('fulfilmentStatus', () => {
  it.each([
    ['Task goals have been met.', 'met'],
    ['Task goals have been met partially.', 'partially'],
    ['Indicators have been met partially – implementation … is missing.', 'partially'],
    ['Task goals have not been met.', 'not-met'],
    ['The task goals have been met in a different manner.', 'different'],
    ['Partially met', 'partially'],
    ['Not met', 'not-met'],
    ['The task was fulfilled.', 'met'],
  ] as const)('%s → %s', (wording, status) => {
    expect(fulfilmentStatus(wording)).toBe(status);
  });
  it('says nothing when the wording says nothing', () => {
    expect(fulfilmentStatus('Ongoing.')).toBeUndefined();
    expect(fulfilmentStatus(undefined)).toBeUndefined();
  });
});
