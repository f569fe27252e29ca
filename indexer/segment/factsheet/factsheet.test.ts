// The factsheet segmenter on the real seed, against tables read off the document
// (factsheet.gold.ts), plus the traps the document sets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../layout/layout.js';
import type { DraftItem, SourceDocument } from '../../types.js';
import { factsheetKind } from './factsheet.js';
import { CHAPTER_THEMES, GOLD_RECOMMENDATIONS, OBSERVATIONS_PER_CHAPTER, RECOMMENDATIONS_PER_CHAPTER } from './factsheet.gold.js';

const SEEDS = new URL('../../../seeds/', import.meta.url);
const seed = (file: string) => readFileSync(new URL(file, SEEDS), 'utf8');
const text = seed('lanzarote-r2-factsheet-cz-2023.txt');
const doc: SourceDocument = {
  meta: { id: 'lanzarote-factsheet-cz-2023', file: 'lanzarote-r2-factsheet-cz-2023.txt', title: 'factsheet', body: 'Lanzarote Committee', year: 2023, kind: 'factsheet', format: 'txt' } as SourceDocument['meta'],
  inferred: false,
  extracted: { text },
};
const layout = buildLayout(text);
const { items, headings } = factsheetKind.segment(layout, doc);
const recs = items.filter((i) => i.type === 'recommendation');

function item(key: string): DraftItem {
  const found = items.find((i) => i.key === key);
  if (!found) throw new Error(`no item ${key}; have ${items.map((i) => i.key).join(' ')}`);
  return found;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Footnote numbers a raw text carries: "framework⁴", "them.¹⁰⁵", "^{16, 17}". */
function markersIn(raw: string): number[] {
  const out: number[] = [];
  for (const m of raw.matchAll(/\^\{([\d,\s]+)\}|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g)) {
    if (m[1]) out.push(...m[1].split(',').map((s) => Number(s.trim())));
    else out.push(Number([...m[2]].map((c) => SUPERSCRIPT.indexOf(c)).join('')));
  }
  return out;
}

function countBy<T>(xs: T[], key: (x: T) => string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) {
    const k = key(x);
    if (k !== undefined) out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}
const chapterOf = (i: DraftItem) => i.section?.[0]?.split('.')[0];

describe('factsheet recommendations (gold, read off the document)', () => {
  it.each(GOLD_RECOMMENDATIONS)('$key $urgency $addressee', (g) => {
    const r = item(g.key);
    expect(r).toMatchObject({ type: 'recommendation', urgency: g.urgency, addressee: g.addressee });
    expect(r.text.startsWith(g.starts), r.text.slice(0, 160)).toBe(true);
    expect(r.text.endsWith(g.ends), r.text.slice(-160)).toBe(true);
    expect(markersIn(r.text)).toEqual(g.markers);
  });

  it('finds exactly the gold recommendations, in document order', () => {
    expect(recs.map((r) => r.key)).toEqual(GOLD_RECOMMENDATIONS.map((g) => g.key));
  });

  it('counts per chapter, urgency and addressee as read', () => {
    const actual: Record<string, Record<string, number>> = {};
    for (const r of recs) {
      const row = (actual[chapterOf(r)!] ??= {});
      row[r.urgency!] = (row[r.urgency!] ?? 0) + 1;
      row[r.addressee!] = (row[r.addressee!] ?? 0) + 1;
    }
    expect(actual).toEqual(RECOMMENDATIONS_PER_CHAPTER);
    expect(countBy(recs, (r) => r.urgency)).toEqual({ require: 5, request: 6, invite: 55 });
    expect(countBy(recs, (r) => r.addressee)).toEqual({ state: 18, 'all-parties': 48 });
  });

  it('places each under its chapter, sub-heading and topic as printed', () => {
    const legalState = 'Observations and recommendations of the Committee on the legal framework specific to the Czech Republic';
    expect(item('rec/II/1').section).toEqual(['II. Legal frameworks', legalState, 'Interplay of the age of criminal responsibility and the age of sexual consent with the criminalisation of conduct related to the production and possession of CSAM and CSGSIV']);
    expect(item('rec/II/3').section).toEqual(['II. Legal frameworks', legalState, 'Criminalisation of conduct related to “offering or making available” CSAM and its relationship with the sharing their own or other children’s CSGSIV']);
    expect(item('rec/II/5').section).toEqual(['II. Legal frameworks', 'Generic recommendations of the Committee on legal frameworks']);
    const generic3 = 'Generic recommendations of the Committee on investigation and prosecution';
    expect(item('rec/III/5').section).toEqual(['III. Investigations and prosecution', generic3, 'On the specialisation and training of authorities']);
    expect(item('rec/III/10').section).toEqual(['III. Investigations and prosecution', generic3, 'On measures to ensure the effective investigation and prosecution']);
    expect(item('rec/IV/4').section).toEqual(['IV. Jurisdiction rules', 'Observations and recommendations of the Committee on jurisdiction rules specific to the Czech Republic', 'Jurisdiction in cases of child sexual exploitation and abuse facilitated by ICTs committed against nationals or habitual residents of a Party: the passive personality principle (Art. 25(2))']);
    expect(item('rec/VI/1').section).toEqual(['VI. Assistance to victims', 'Observations and recommendations of the Committee on assistance to victims specific to the Czech Republic']);
    expect(item('rec/X/5').section).toEqual(['X. Higher education curriculum and continuous training', 'Generic recommendations of the Committee on higher education curriculum and continuous training']);
    for (const r of recs) expect(r.section?.[1], r.key).toMatch(/^(?:Observations and recommendations? of the Committee .* specific to the Czech Republic|Generic recommendations of the Committee)/);
  });

  it('keeps the lead-in that governs a bullet as its title', () => {
    expect(item('rec/II/3').title).toBe('The Committee **requests** the Czech Republic to ensure that:');
    expect(item('rec/VII/1').title).toBe('To improve the effective implementation of the Convention, the Committee **invites** all Parties, including the Czech Republic:');
    expect(item('rec/X/3').title).toBe('To improve the effective implementation of the Convention, the Committee **requires** the Czech Republic:');
    expect(item('rec/III/6').title).toBe('The Committee **invites** all Parties, including the Czech Republic:'); // "Additionally, the Committee invites" later in the bullet
    expect(item('rec/II/1').title).toBeUndefined(); // governs itself
  });
});

describe('factsheet traps', () => {
  it('grades by the plain "the Committee invites the Czech Republic:" of chapter IV', () => {
    for (const key of ['rec/IV/1', 'rec/IV/2', 'rec/IV/3']) {
      expect(item(key)).toMatchObject({ urgency: 'invite', addressee: 'state', title: 'Therefore, to improve the effective implementation of the Convention, the Committee invites the Czech Republic:' });
    }
  });

  it('joins a recommendation split by a page break', () => {
    expect(item('rec/II/2').text).toContain('conduct concerning CSGSIV, identifying the circumstances when children');
    expect(item('rec/VI/1').text).toContain('to provide advice to child victims');
    expect(items.some((i) => /^identifying the circumstances|^to child victims of sexual/.test(i.text))).toBe(false);
  });

  it('carries the braced marker ^{16, 17}', () => {
    expect(item('rec/II/5').text.endsWith('^{16, 17}')).toBe(true);
    expect(markersIn(item('rec/II/5').text)).toEqual([16, 17]);
  });

  it('does not take "require(s)" in ordinary prose for a grading', () => {
    const research = item('para/XI/1');
    expect(research.text).toMatch(/^Effective prevention mechanisms and responses .* require an understanding/);
    expect(research.urgency).toBeUndefined();
    expect(item('obs/IV/5')).toMatchObject({ type: 'observation' });
    expect(item('obs/IV/5').text).toContain('also requires dual criminality');
    expect(item('obs/V/3').text).toContain('European Union requires their nationals');
    expect(item('obs/V/3').urgency).toBeUndefined();
    const definitions = items.filter((i) => /^- \*\*“(?:Require|Request|Invite)”\*\*/.test(i.text));
    expect(definitions.map((d) => [d.type, d.urgency])).toEqual([['paragraph', undefined], ['paragraph', undefined], ['paragraph', undefined]]);
    expect(items.filter((i) => i.urgency).every((i) => i.type === 'recommendation')).toBe(true);
  });

  it('keeps nested sub-bullets inside their recommendation', () => {
    const ii1 = item('rec/II/1').text.split('\n');
    expect(ii1).toHaveLength(4);
    expect(ii1[1]).toBe(' - their own self-generated sexually suggestive or explicit images and/or videos;');
    expect(ii1[3]).toMatch(/^ - the self-generated .* without actively asking for them\.⁵$/);
    expect(item('rec/II/10').text).toContain('\n - either creating a specific incrimination to address this situation,\n - or prosecuting both');
    expect(item('rec/X/1').text.split('\n').slice(1)).toEqual([' - in the education sector', ' - in the health sector', ' - in the social protection sector.¹⁰⁵']);
    expect(item('rec/X/2').text.split('\n').slice(1)).toEqual(['- in the education sector', '- in the health sector', '- in the social protection sector', '- in areas relating to sport, culture and leisure activities.¹⁰⁶']);
    const subBullet = /^\s*- (?:their own|self-generated|the self-generated|either|or prosecuting|in the|in areas)/;
    expect(items.filter((i) => subBullet.test(i.text)).map((i) => i.key)).toEqual([]);
  });

  it('gives sub-bullets to the parent span and keeps sibling spans apart', () => {
    const x2 = item('rec/X/2');
    const x3 = item('rec/X/3');
    expect(text.slice(x2.start, x2.end)).toContain('- in areas relating to sport, culture and leisure activities.¹⁰⁶');
    expect(x3.start).toBeGreaterThanOrEqual(x2.end);
    for (let k = 1; k < items.length; k++) expect(items[k].start, items[k].key).toBeGreaterThanOrEqual(items[k - 1].end);
  });

  it('finds the promising practices', () => {
    const practices = items.filter((i) => i.type === 'practice');
    expect(practices.map((p) => [p.key, p.section])).toEqual([
      ['practice/III/1', ['III. Investigations and prosecution', 'Promising practice']],
      ['practice/III/2', ['III. Investigations and prosecution', 'Promising practice']],
      ['practice/X/1', ['X. Higher education curriculum and continuous training', 'Promising practices']],
    ]);
    expect(practices[0].text).toMatch(/^In the Czech Republic, law enforcement agents can benefit .* time allowance of 22 hours\.$/);
    expect(practices[1].text).toMatch(/^In the Czech Republic, the Judicial Academy .* webcamtrolling, cybergrooming”\.$/);
    expect(practices[2].text).toMatch(/^In the Czech Republic, Disman Radio Children's Ensemble .* sexual exploitation and sexual abuse\.$/);
  });
});

describe('factsheet observations and paragraphs', () => {
  it('counts observations per chapter', () => {
    expect(countBy(items.filter((i) => i.type === 'observation'), chapterOf)).toEqual(OBSERVATIONS_PER_CHAPTER);
    expect(countBy(items, (i) => i.type)).toEqual({ paragraph: 28, observation: 31, recommendation: 66, practice: 3 });
  });

  it('makes the "… as the Czech Republic has:" bullets children of their lead-in', () => {
    const lead = item('obs/III/1');
    expect(lead.text).toMatch(/^The Committee observes .* as the Czech Republic has:$/);
    const bullets = items.filter((i) => i.parentKey === 'obs/III/1');
    expect(bullets.map((b) => b.key)).toEqual(['obs/III/2', 'obs/III/3', 'obs/III/4', 'obs/III/5', 'obs/III/6', 'obs/III/7', 'obs/III/8']);
    expect(bullets.every((b) => b.type === 'observation' && b.title === lead.text)).toBe(true);
    expect(markersIn(item('obs/III/7').text)).toEqual([31, 32]);
    expect(item('obs/III/7').text).toContain('child sexual abuse materials are regularly held'); // page break
    expect(item('obs/III/9').text).toMatch(/^The Committee also observes .* \(ICSE\) database\.³⁵$/);
  });

  it('reads observation paragraphs whole, across page breaks', () => {
    expect(item('obs/II/1').text).toMatch(/^The Committee observes that in the Czech Republic children .* criminal responsibility\.³$/);
    expect(item('obs/II/3').text).toContain('in concurrence with offences where threat is a core element');
    expect(markersIn(item('obs/II/3').text)).toEqual([10, 11]);
    expect(item('obs/II/4').text).toContain('(not specifically targeting children).¹² The Czech Republic also stated');
    expect(item('obs/VII/1').text).toMatch(/^The Czech Republic emphasised/);
    expect(item('obs/VIII/1').text).toContain('regularly prepares the so-called Crime Prevention Strategy');
    expect(item('obs/XI/2').text).toContain('no research has been undertaken');
    expect(item('obs/IV/3').section?.[2]).toBe('Jurisdiction not subordinated to the condition that prosecution can only be initiated following a report from the victim or denunciation from the State where the offence was committed (Article 25(6))');
  });

  it('keeps the introduction, its lists and the key findings as paragraphs', () => {
    const intro = items.filter((i) => i.section?.[0] === 'I. Introduction');
    expect(intro).toHaveLength(18);
    expect(intro.every((i) => i.type === 'paragraph')).toBe(true);
    expect(item('para/I/15').text).toContain('Parties are encouraged to inform the secretariat'); // page break
    expect(items.filter((i) => i.parentKey === 'para/I/2').map((i) => i.text)).toEqual([
      '- Prevent child sexual exploitation and abuse, including where this is facilitated by ICTs;',
      '- Protect victims;',
      '- Prosecute perpetrators; and',
      '- Promote national and international co-operation to strengthen these actions.',
    ]);
    expect(item('para/I/16').section).toEqual(['I. Introduction', 'Key findings of the implementation report as to all Parties']);
    expect(item('para/II/1').text).toMatch(/^Interpreting the Convention/);
  });

  it('hints the themes each chapter names', () => {
    for (const i of items) expect(i.themeHints ?? [], i.key).toEqual(CHAPTER_THEMES[i.section![0]]);
  });
});

describe('factsheet structure', () => {
  it('gives every item a unique key', () => {
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });

  it('reads the title page, the contents, the headings and the graded lead-ins as headings', () => {
    const texts = headings.map((h) => text.slice(h.start, h.end));
    expect(texts.slice(0, 5)).toEqual(['FACTSHEET – CZECH REPUBLIC', 'Lanzarote Committee Implementation Report on:', expect.stringMatching(/^“The protection of children/), 'Last update: 25.05.2023', 'Table of Content']);
    expect(texts.filter((t) => /^[IVX]+\.\t/.test(t))).toHaveLength(11);
    expect(texts.filter((t) => /^[IVX]+\. \S/.test(t))).toHaveLength(11);
    expect(texts.filter((t) => /[Tt]he Committee (?:also )?\**(?:invites|requires|requests)\**/.test(t))).toHaveLength(12);
    for (const h of headings) {
      const overlapping = items.find((i) => i.start < h.end && h.start < i.end);
      expect(overlapping?.key, text.slice(h.start, h.end)).toBeUndefined();
    }
  });

  it('leaves under 1% of the text outside items and headings', () => {
    const spans = [...items, ...headings];
    let total = 0;
    let uncovered = 0;
    const missed: string[] = [];
    for (const line of layout.lines) {
      const visible = line.text.replace(/\s/g, '').length;
      total += visible;
      if (!spans.some((s) => s.start <= line.start && line.end <= s.end)) {
        uncovered += visible;
        missed.push(line.text);
      }
    }
    expect(uncovered / total, `uncovered lines:\n${missed.join('\n')}`).toBeLessThan(0.01);
    expect(missed).toEqual([]);
  });
});

describe('factsheet detection', () => {
  it('recognises the factsheet and none of the other seeds', () => {
    expect(factsheetKind.detect(text).matched).toBe(true);
    for (const other of ['global-alliance-report-cz-2014.txt', 'lanzarote-r2-questionnaire-reply-cz.txt', 'greta-cp-rec-2024-10-reply-cz-2025.txt', 'national-strategy-thb-cz-2020-2023.txt']) {
      expect(factsheetKind.detect(seed(other)).matched, other).toBe(false);
    }
  });
});
