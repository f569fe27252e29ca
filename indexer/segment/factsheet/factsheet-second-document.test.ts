// A second factsheet, written for this test, for another state and with other spellings
// (dot-leader contents, a bold practice heading, "further requests", a paragraph that governs
// itself, a bullet cut by notes): the rules must not depend on the seed's exact strings.
import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../layout/layout.js';
import type { DraftItem, SourceDocument } from '../../types.js';
import { factsheetKind } from './factsheet.js';

const TEXT = [
  'FACTSHEET – SLOVAK REPUBLIC',
  '',
  'Lanzarote Committee Implementation Report on the protection of children in the circle of trust',
  '',
  'Contents',
  '',
  'I. Introduction ........ 2',
  'II. Legal frameworks ........ 3',
  'III. Online abuse and ICTs ........ 5',
  '',
  'I. Introduction',
  '',
  'The Committee grades its recommendations by urgency.',
  '',
  '- **“Require”**: obligations under the Convention;',
  '- **“Invite”**: promising practices.',
  '',
  'II. Legal frameworks',
  '',
  'Observations and recommendations of the Committee on the legal framework specific to the Slovak Republic',
  '',
  'The Committee observes that the Slovak Republic criminalises grooming.¹',
  '',
  'The Committee further **requests** the Slovak Republic:',
  '',
  '- to define the age of sexual consent in its Criminal Code;²',
  '- to protect child victims by:',
  '   - either a specific offence,',
  '   - or a general clause.³',
  '- to ensure that child victims are heard in a child-friendly manner and that the hearing',
  '',
  '¹ Para. 12.',
  '',
  '² Recommendation II-4.',
  '',
  '³ Recommendation II-5.',
  '',
  'takes place without undue delay.⁴',
  '',
  'The Committee **requires** the Slovak Republic to ensure that no child is prosecuted for self-generated material.⁵',
  '',
  'Generic recommendations of the Committee on legal frameworks',
  '',
  'The Lanzarote Committee **invites** all Parties, including the Slovak Republic:',
  '',
  '- to review their legislation regularly.⁶',
  '- to consult children. Additionally, the Committee requests all Parties to publish the results.⁷',
  '- The Committee also **invites** the Slovak Republic to share its guidelines with other Parties.⁸',
  '',
  '**Promising practice**',
  '',
  'In the Slovak Republic, a national helpline answers children day and night.',
  '',
  'III. Online abuse and ICTs',
  '',
  'Observations of the Committee on online abuse specific to the Slovak Republic',
  '',
  'It appears that the Slovak Republic has no hotline for reporting online material.⁹',
  '',
  '- Therefore, the Committee invites the Slovak Republic to set up a hotline.¹⁰',
  '',
  '⁴ Recommendation II-6.',
  '',
  '⁵ Recommendation II-1.',
  '',
  '⁶ Recommendation II-2.',
  '',
  '⁷ Recommendation II-3.',
  '',
  '⁸ Recommendation II-7.',
  '',
  '⁹ Para. 40.',
  '',
  '¹⁰ Recommendation III-1.',
  '',
].join('\n');

const doc = { meta: { id: 'factsheet-sk', file: 'factsheet-sk.txt' }, inferred: true, extracted: { text: TEXT } } as unknown as SourceDocument;
const layout = buildLayout(TEXT);
const { items, headings } = factsheetKind.segment(layout, doc);
const byKey = (key: string): DraftItem => {
  const found = items.find((i) => i.key === key);
  if (!found) throw new Error(`no ${key}; have ${items.map((i) => i.key).join(' ')}`);
  return found;
};

describe('a second factsheet', () => {
  it('is recognised as a factsheet', () => {
    expect(factsheetKind.detect(TEXT).matched).toBe(true);
  });

  it('finds every recommendation with its grading and addressee', () => {
    const recs = items.filter((i) => i.type === 'recommendation');
    expect(recs.map((r) => [r.key, r.urgency, r.addressee])).toEqual([
      ['rec/II/1', 'request', 'state'],
      ['rec/II/2', 'request', 'state'],
      ['rec/II/3', 'request', 'state'],
      ['rec/II/4', 'require', 'state'],
      ['rec/II/5', 'invite', 'all-parties'],
      ['rec/II/6', 'invite', 'all-parties'],
      ['rec/II/7', 'invite', 'state'],
      ['rec/III/1', 'invite', 'state'],
    ]);
  });

  it('keeps sub-bullets inside and joins a bullet cut by notes', () => {
    expect(byKey('rec/II/2').text).toBe('- to protect child victims by:\n   - either a specific offence,\n   - or a general clause.³');
    expect(byKey('rec/II/3').text).toBe('- to ensure that child victims are heard in a child-friendly manner and that the hearing takes place without undue delay.⁴');
    expect(byKey('rec/II/1').title).toBe('The Committee further **requests** the Slovak Republic:');
  });

  it('grades a governed bullet by its lead-in, not by a later sentence', () => {
    expect(byKey('rec/II/6')).toMatchObject({ urgency: 'invite', title: 'The Lanzarote Committee **invites** all Parties, including the Slovak Republic:' });
  });

  it('reads a paragraph that governs itself, observations, practices and paragraphs', () => {
    expect(byKey('rec/II/4').text).toMatch(/^The Committee \*\*requires\*\* the Slovak Republic/);
    expect(byKey('obs/II/1').section).toEqual(['II. Legal frameworks', 'Observations and recommendations of the Committee on the legal framework specific to the Slovak Republic']);
    expect(byKey('practice/II/1')).toMatchObject({ type: 'practice', section: ['II. Legal frameworks', 'Promising practice'], themeHints: ['legal-framework'] });
    expect(byKey('obs/III/1')).toMatchObject({ type: 'observation', themeHints: ['online-ict'] });
    expect(items.filter((i) => i.section?.[0] === 'I. Introduction').map((i) => [i.type, i.urgency])).toEqual([
      ['paragraph', undefined], ['paragraph', undefined], ['paragraph', undefined],
    ]);
  });

  it('leaves no line outside items and headings; contents are headings', () => {
    const spans = [...items, ...headings];
    const missed = layout.lines.filter((l) => !spans.some((s) => s.start <= l.start && l.end <= s.end)).map((l) => l.text);
    expect(missed).toEqual([]);
    expect(headings.map((h) => TEXT.slice(h.start, h.end)).filter((t) => /\.{3,} \d$/.test(t))).toHaveLength(3);
  });
});
