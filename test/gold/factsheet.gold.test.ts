// Gold items of the Lanzarote factsheet (Czech Republic, 2nd round), read off the document.
import { describe, expect, it } from 'vitest';
import { countBy, indexSeed } from './index-seed.js';

const doc = indexSeed('lanzarote-factsheet-cz-2023');
const recs = doc.items.filter((i) => i.type === 'recommendation');

interface Expected {
  key: string;
  urgency: 'require' | 'request' | 'invite';
  addressee: 'state' | 'all-parties';
  starts: string;
  ends: string;
  notes: number[];
  chapter: string;
  note: string;
}

const gold: Expected[] = [
  { key: 'rec/II-6', urgency: 'request', addressee: 'state', starts: 'The Committee requests that the Czech Republic ensures', ends: 'without actively asking for them.', notes: [4, 5], chapter: 'II. Legal frameworks', note: 'self-governing bullet whose sub-bullets stay inside' },
  { key: 'rec/II-2', urgency: 'invite', addressee: 'state', starts: 'The Committee also invites the Czech Republic', ends: 'prosecuted only as a last resort.', notes: [6], chapter: 'II. Legal frameworks', note: 'split by a page break, comes out whole' },
  { key: 'rec/II-8', urgency: 'request', addressee: 'state', starts: 'a child will not be prosecuted for sharing', ends: 'solely for their own private use.', notes: [8], chapter: 'II. Legal frameworks', note: 'bullet governed by a lead-in paragraph' },
  { key: 'rec/II-1', urgency: 'invite', addressee: 'all-parties', starts: 'to introduce a definition of “child sexual abuse material”', ends: 'Sexual Abuse”', notes: [16, 17], chapter: 'II. Legal frameworks', note: 'braced marker ^{16, 17}' },
  { key: 'rec/II-11', urgency: 'invite', addressee: 'all-parties', starts: 'to take into account the situation where CSGSIV', ends: 'the act of extortion.', notes: [22], chapter: 'II. Legal frameworks', note: 'nested either/or sub-bullets' },
  { key: 'rec/III-3+III-7', urgency: 'request', addressee: 'all-parties', starts: 'Mindful of the different contexts', ends: 'equipment and training.', notes: [40], chapter: 'III. Investigations and prosecution', note: '"those Parties that are not already doing so"' },
  { key: 'rec/III-4', urgency: 'invite', addressee: 'all-parties', starts: 'to ensure that the capacities of any investigative unit', ends: 'between the relevant investigative units.', notes: [41], chapter: 'III. Investigations and prosecution', note: 'a second "the Committee invites" inside a bullet does not split it' },
  { key: 'rec/III-30', urgency: 'require', addressee: 'all-parties', starts: 'The Committee requires all Parties', ends: 'without any unjustified delay.', notes: [45], chapter: 'III. Investigations and prosecution', note: 'require, generic' },
  { key: 'rec/III-25+III-29', urgency: 'invite', addressee: 'all-parties', starts: 'to engage in and strengthen inter-Party cooperation', ends: 'information on such perpetrators.', notes: [47], chapter: 'III. Investigations and prosecution', note: 'two cited ids' },
  { key: 'rec/IV-6', urgency: 'invite', addressee: 'state', starts: 'to remove the requirement for dual criminality for offences of sexual abuse', ends: 'when committed by one of their nationals.', notes: [53], chapter: 'IV. Jurisdiction rules', note: 'verb not bold ("the Committee invites the Czech Republic:"); split by notes 50–52' },
  { key: 'rec/IV-9', urgency: 'request', addressee: 'all-parties', starts: 'The Committee requests Parties that are not already doing so, including the Czech Republic', ends: 'habitual residence in its territory.', notes: [58], chapter: 'IV. Jurisdiction rules', note: 'Parties not already doing so, in a state-specific section' },
  { key: 'rec/V-4+V-7+V-12+V-15', urgency: 'invite', addressee: 'all-parties', starts: 'to expand international cooperation with countries which are not Parties', ends: 'in matters related to CSGSIV.', notes: [68], chapter: 'V. International cooperation', note: 'bullet cut after "Lanzarote" by a page break' },
  { key: 'rec/VI-1', urgency: 'require', addressee: 'state', starts: 'To improve the effective implementation of the Convention, the Committee requires the Czech Republic', ends: 'and it is free of charge.', notes: [78], chapter: 'VI. Assistance to victims', note: 'require, state' },
  { key: 'rec/VI-2', urgency: 'invite', addressee: 'state', starts: 'The Committee also invites the Czech Republic to promote awareness raising', ends: 'to those who wish to help them.', notes: [79], chapter: 'VI. Assistance to victims', note: 'helplines' },
  { key: 'rec/X-5', urgency: 'require', addressee: 'state', starts: 'to ensure that the persons who have regular contacts with children are equipped', ends: 'in the social protection sector.', notes: [105], chapter: 'X. Higher education curriculum and continuous training', note: 'sub-bullets without their indentation stay inside' },
  { key: 'rec/X-6', urgency: 'require', addressee: 'state', starts: 'to ensure that the persons who have regular contacts with children are informed', ends: 'sport, culture and leisure activities.', notes: [106], chapter: 'X. Higher education curriculum and continuous training', note: 'sub-bullets flattened by a page break' },
  { key: 'rec/X-7', urgency: 'require', addressee: 'state', starts: 'to encourage awareness of the protection and rights of children', ends: 'leisure activities.', notes: [107], chapter: 'X. Higher education curriculum and continuous training', note: 'an indented bullet that is a recommendation of its own' },
  { key: 'rec/XI-4', urgency: 'invite', addressee: 'state', starts: 'Therefore, the Committee invites the Czech Republic', ends: 'the requirements of personal data protection.', notes: [113], chapter: 'XI. Research', note: '"Therefore, the Committee invites"' },
];

describe('factsheet recommendations (gold)', () => {
  it.each(gold)('$key: $note', (g) => {
    const item = doc.byKey(g.key);
    expect(item).toMatchObject({ type: 'recommendation', urgency: g.urgency, addressee: g.addressee });
    expect(item.text.startsWith(g.starts), item.text.slice(0, 120)).toBe(true);
    expect(item.text.endsWith(g.ends), item.text.slice(-120)).toBe(true);
    expect(item.footnotes?.map((f) => f.n)).toEqual(g.notes);
    expect(item.section?.[0]).toBe(g.chapter);
    expect(item.text).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹*]|\^\{/);
  });

  it('finds every recommendation box bullet: 66, each citing its recommendation id', () => {
    expect(recs).toHaveLength(66);
    for (const r of recs) expect(r.refs?.recommendations.length, r.id).toBeGreaterThan(0);
    const chapters = countBy(recs, (r) => r.section![0].split('.')[0]);
    expect(chapters).toEqual({ II: 11, III: 14, IV: 4, V: 9, VI: 2, VII: 4, VIII: 9, IX: 4, X: 5, XI: 4 });
  });

  it('grades and addresses them as the document does', () => {
    expect(countBy(recs, (r) => r.urgency!)).toEqual({ require: 5, request: 6, invite: 55 });
    expect(countBy(recs, (r) => r.addressee!)).toEqual({ state: 18, 'all-parties': 48 });
  });

  it('keeps sub-bullets inside their recommendation', () => {
    expect(doc.byKey('rec/II-6').text).toContain('their own self-generated sexually suggestive or explicit images and/or videos;');
    expect(doc.byKey('rec/II-11').text).toContain('either creating a specific incrimination to address this situation');
    expect(doc.byKey('rec/X-6').text).toContain('in the health sector');
  });

  it('does not take ordinary prose for a grading', () => {
    const prose = doc.items.find((i) => i.text.startsWith('Effective prevention mechanisms and responses'));
    expect(prose?.type).toBe('paragraph');
    expect(prose?.urgency).toBeUndefined();
    const definitions = doc.items.filter((i) => /^“Re(?:quire|quest)”|^“Invite”/.test(i.text));
    expect(definitions.map((d) => d.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('has observations, promising practices, and no lost text', () => {
    expect(countBy(doc.items, (i) => i.type)).toMatchObject({ observation: 31, practice: 3 });
    expect(doc.byKey('practice/III/1').text).toMatch(/^In the Czech Republic, law enforcement agents can benefit/);
    expect(doc.report.loss.lostShare, doc.report.loss.lostLines.join("\n")).toBeLessThan(0.001);
  });

  it('resolves all 116 notes, including Ibid.', () => {
    expect(doc.report.footnotes).toMatchObject({ resolved: 116, unresolved: 0, notesWithoutMarker: [] });
    const ibid = doc.items.flatMap((i) => i.footnotes ?? []).find((f) => f.n === 31);
    expect(ibid).toMatchObject({ text: 'Ibid.', ibidOf: 30, refs: { paragraphs: [167] } });
  });
});
