import { describe, expect, it } from 'vitest';
import { segmentSeed } from '../../../test/support/segment-fixture.js';
import { globalAllianceReportKind } from './global-alliance-report.js';
import { uncoveredLines } from '../national-strategy/strategy-uncovered-lines.js';

const { text, layout, items, headings, get } = segmentSeed(globalAllianceReportKind, 'global-alliance-report-cz-2014.txt');

// Read from the document: target 1 has one operational goal, targets 2–4 have two each;
// every goal is answered under A), B) and C).
const GOALS = [
  { key: 'goal/1.1', target: 'target/1', textStart: 'Increase the number of identified victims in the International Child Sexual Exploitation images database' },
  { key: 'goal/2.1', target: 'target/2', textStart: 'Establish the necessary framework for the criminalization' },
  { key: 'goal/2.2', target: 'target/2', textStart: 'Improve the joint efforts of law enforcement authorities' },
  { key: 'goal/3.1', target: 'target/3', textStart: 'Develop, improve, or support appropriate public awareness campaigns' },
  { key: 'goal/3.2', target: 'target/3', textStart: 'Share best practices among Global Alliance countries for effective strategies to inform the public', note: 'goal text split by a page break' },
  { key: 'goal/4.1', target: 'target/4', textStart: 'Encourage participation by the private sector' },
  { key: 'goal/4.2', target: 'target/4', textStart: 'Increase the speed of notice and takedown procedures' },
];

const TARGETS = [
  { n: '1', textStart: 'Enhancing efforts to identify victims', themes: ['victim-identification', 'victim-assistance'] },
  { n: '2', textStart: 'Enhancing efforts to investigate cases', themes: ['investigation-prosecution'] },
  { n: '3', textStart: 'Enhancing efforts to increase public awareness', themes: ['awareness-prevention'] },
  { n: '4', textStart: 'Reducing as much as possible the availability of child pornography online', themes: ['online-ict'] },
];

/** Each answer's first words and last words, by key (the link lines belong to their answer). */
const ANSWERS: { key: string; starts: string; ends: string }[] = [
  { key: 'goal/1.1/A', starts: 'Based on international police cooperation', ends: 'identified.' },
  { key: 'goal/1.1/B', starts: 'The interest and awareness among professionals', ends: 'even in cross-border cases.' },
  { key: 'goal/1.1/C', starts: 'There will be more training', ends: 'police authorities of Member States.' },
  { key: 'goal/2.1/A', starts: 'Regarding the implementation of the EU Directive', ends: '(http://www.mpsv.cz/files/clanky/14309/NSOPD.pdf)' },
  { key: 'goal/2.1/B', starts: 'Compared to 2013', ends: 'was raised in this field.' },
  { key: 'goal/2.1/C', starts: 'The Czech Republic will adopt measures', ends: 'during a particular period.' },
  { key: 'goal/2.2/A', starts: 'The issue of crimes committed online', ends: 'by the end of this year.' },
  { key: 'goal/2.2/B', starts: 'The target is correct', ends: 'crimes committed on children.' },
  { key: 'goal/2.2/C', starts: 'The Czech Republic will adopt measures', ends: 'during a particular period.' },
  { key: 'goal/3.1/A', starts: 'Also the Police of the Czech Republic', ends: 'launched by relevant NGOs.' },
  { key: 'goal/3.1/B', starts: 'We see progress in preventative measures', ends: 'Member States as positive.' },
  { key: 'goal/3.1/C', starts: 'These activities are primarily dealt with', ends: 'children, parents and teaching staff.' },
  { key: 'goal/3.2/A', starts: 'The answer can be found', ends: '(http://www.mpsv.cz/files/clanky/14309/NSOPD.pdf)' },
  { key: 'goal/3.2/B', starts: 'New legislation was introduced', ends: 'including cybergrooming.' },
  { key: 'goal/3.2/C', starts: 'Specific actions will be implemented', ends: 'in the given field.' },
  { key: 'goal/4.1/A', starts: 'With maximum efforts', ends: '(NGOs and private companies).' },
  { key: 'goal/4.1/B', starts: 'The progress is evident', ends: 'with the web providers.' },
  { key: 'goal/4.1/C', starts: 'It is necessary to strengthen close cooperation', ends: 'within the given field.' },
  { key: 'goal/4.2/A', starts: 'Information can be found at:', ends: '(http://www.vlada.cz/scripts/file.php?id=61422)' },
  { key: 'goal/4.2/B', starts: 'There is a record of a moderate progress', ends: 'to reach the given goal.' },
  { key: 'goal/4.2/C', starts: 'We will make efforts to follow new trends', ends: 'effectiveness of relevant activities.' },
];

describe('Global Alliance report: structure', () => {
  it('has 4 targets, 7 operational goals and 21 answers, nothing else', () => {
    expect(items.filter((i) => i.key.startsWith('target/'))).toHaveLength(4);
    expect(items.filter((i) => i.type === 'goal' && i.key.startsWith('goal/'))).toHaveLength(7);
    expect(items.filter((i) => i.type === 'answer')).toHaveLength(21);
    expect(items).toHaveLength(32);
  });

  it.each(TARGETS)('policy target $n', (gold) => {
    const target = get(`target/${gold.n}`);
    expect(target.type).toBe('goal');
    expect(target.number).toBe(gold.n);
    expect(target.text.startsWith(gold.textStart)).toBe(true);
    expect(target.section).toEqual(['CZECH REPUBLIC', `Policy Target No. ${gold.n}`]);
    expect(target.themeHints).toEqual(gold.themes);
  });

  it.each(GOALS)('operational goal $key', (gold) => {
    const goal = get(gold.key);
    expect(goal.type).toBe('goal');
    expect(goal.number).toBe(gold.key.slice('goal/'.length));
    expect(goal.parentKey).toBe(gold.target);
    expect(goal.text.startsWith(gold.textStart), goal.text).toBe(true);
    expect(goal.text).not.toMatch(/Operational Goal|\*/);
  });

  it.each(ANSWERS)('answer $key', (gold) => {
    const answer = get(gold.key);
    const goalKey = gold.key.slice(0, gold.key.lastIndexOf('/'));
    const letter = gold.key.slice(-1);
    expect(answer.type).toBe('answer');
    expect(answer.respondsToKey).toBe(goalKey);
    expect(answer.number).toBe(`${goalKey.slice('goal/'.length)}.${letter}`);
    expect(answer.title?.startsWith(`${letter}) Please`)).toBe(true);
    expect(answer.text.startsWith(gold.starts), answer.text).toBe(true);
    expect(answer.text.endsWith(gold.ends), answer.text).toBe(true);
    expect(answer.commitment).toBe(letter === 'C' ? true : undefined);
    expect(answer.themeHints).toEqual(get(goalKey).themeHints);
  });

  it('reads the prompts whatever their markup (***A) …***, **A) …**, **A) *…***)', () => {
    const prompts = headings.map((h) => text.slice(h.start, h.end)).filter((h) => /^\*+[ABC]\)/.test(h));
    expect(prompts).toHaveLength(21);
  });

  it('gives goals their target\'s themes and their own', () => {
    expect(get('goal/2.2').themeHints).toEqual(['investigation-prosecution', 'international-cooperation']);
    expect(get('goal/4.2').themeHints).toContain('online-ict');
  });
});

describe('Global Alliance report: coverage', () => {
  it('puts every content line in an item or a heading (under 1% of characters left)', () => {
    const { share, lines } = uncoveredLines(layout, [...items, ...headings]);
    expect(share, `uncovered lines:\n${lines.join('\n')}`).toBeLessThan(0.01);
  });
});
