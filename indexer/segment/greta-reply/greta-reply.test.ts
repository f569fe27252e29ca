// The Czech reply to CP/Rec(2024)10 against the gold table read off the document.
import { describe, expect, it } from 'vitest';
import { countBy, readSeed, SEED_FILES, segmentSeed } from '../../../test/support/segment-fixture.js';
import { findSuperscriptMarkers } from '../../footnotes/find-markers.js';
import { gretaReplyKind } from './greta-reply.js';
import {
  COUNTS_BY_TYPE, MARKER_OWNERS, PARTS_PER_RECOMMENDATION, RECOMMENDATIONS, REPLY_TRAPS, SECTION,
} from './greta-reply.gold.js';

const SEEDS = SEED_FILES;
const OWN = 'greta-cp-rec-2024-10-reply-cz-2025.txt';
const read = readSeed;
const { text, layout, items, headings, byKey, get } = segmentSeed(gretaReplyKind, OWN);
const sorted = (xs: readonly string[] | undefined) => [...(xs ?? [])].sort();

describe('GRETA reply: counts', () => {
  it('has 32 recommendations (9 numbered, 23 parts) and 26 replies', () => {
    expect(countBy(items, (i) => i.type)).toEqual(COUNTS_BY_TYPE);
    expect(items.filter((i) => i.type === 'recommendation' && !i.parentKey).map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });
  it('counts the parts of each recommendation', () => {
    expect(countBy(items, (i) => i.parentKey)).toEqual(PARTS_PER_RECOMMENDATION);
  });
  it('gives every item its own key, and keeps no urgency (the imperative list and its lead-in name no grading)', () => {
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    expect(items.filter((i) => i.urgency !== undefined)).toEqual([]);
    expect(items.filter((i) => i.commitment !== undefined)).toEqual([]);
  });
  it('lists the recommendations and parts in printed order', () => {
    expect(items.filter((i) => i.type === 'recommendation').map((i) => i.key)).toEqual(RECOMMENDATIONS.map((g) => g.key));
  });
});

describe.each(RECOMMENDATIONS)('GRETA reply: $key', (g) => {
  const rec = () => get(g.key);
  it(`reads the recommendation${g.note ? ` (${g.note})` : ''}`, () => {
    const r = rec();
    expect(r.type).toBe('recommendation');
    expect(r.number).toBe(g.number);
    expect(r.parentKey).toBe(g.parentKey);
    expect(r.text.startsWith(g.starts), r.text.slice(0, 120)).toBe(true);
    expect(r.text.endsWith(g.ends), r.text.slice(-120)).toBe(true);
    expect(r.addressee).toBe('state');
    expect(r.section).toEqual(SECTION);
    expect(sorted(r.themeHints)).toEqual(sorted(g.themes));
  });
  it('links the reply printed under it', () => {
    const replies = items.filter((i) => i.respondsToKey === g.key);
    if (!g.reply) {
      expect(replies).toEqual([]);
      if (g.answeredBy) expect(rec().response).toBe(get(g.answeredBy).text);
      else expect(rec().response).toBeUndefined();
      return;
    }
    expect(replies.map((r) => r.key)).toEqual([g.reply.key]);
    const reply = replies[0];
    expect(reply.type).toBe('response');
    expect(reply.number).toBe(g.number);
    expect(reply.text.startsWith(g.reply.starts), reply.text.slice(0, 120)).toBe(true);
    expect(reply.text.endsWith(g.reply.ends), reply.text.slice(-120)).toBe(true);
    expect(reply.addressee).toBe('state');
    expect(reply.section).toEqual(SECTION);
    expect(sorted(reply.themeHints)).toEqual(sorted(g.themes));
    expect(rec().response).toBe(reply.text);
  });
});

describe('GRETA reply: traps', () => {
  it.each(REPLY_TRAPS)('$reply holds "$contains" ($note)', (t) => {
    expect(get(t.reply).text).toContain(t.contains);
    const lookalike = items.filter((i) => i.type === 'recommendation' && t.contains.includes(i.text.slice(0, 30)));
    expect(lookalike.map((i) => i.key)).toEqual([]);
  });
  it('splits the two parts printed on one line at the "; -" between them', () => {
    const [first, second] = [get('rec/4.4'), get('rec/4.5')];
    expect(text.slice(first.start, first.end)).toMatch(/^- strengthening the proactive .* territory;$/);
    expect(text.slice(second.start, second.end)).toMatch(/^- establishing safe reporting .* repercussions;$/);
    expect(get('reply/4.5').respondsToKey).toBe('rec/4.5');
  });
  it('joins a part continued over a page break, leaving the note between out of its text', () => {
    expect(get('rec/4.2').text).toContain('Victims of trafficking should be identified as such, and their credibility');
    expect(get('rec/4.2').text).not.toContain('Týrané');
    expect(get('rec/5.1').text).toContain('relating to child victims of trafficking and children at risk. This procedure should ensure');
  });
  it('keeps footnote markers in the raw text of the item that prints them', () => {
    const owners = Object.fromEntries(findSuperscriptMarkers(layout).map((m) => {
      const owner = items.filter((i) => m.start >= i.start && m.start < i.end);
      return [m.n, owner.map((i) => i.key).join(' ')];
    }));
    expect(owners).toEqual(MARKER_OWNERS);
    expect(get('reply/3.1').text).toContain('ACCENDO³ consortium');
    expect(get('reply/2').text).toContain('"*Work in Chains*"¹');
  });
  it('keeps every item span apart: no part inside its recommendation, no reply inside its part', () => {
    const spans = [...items].sort((a, b) => a.start - b.start);
    const overlaps = spans.slice(1).filter((s, i) => s.start < spans[i].end).map((s) => s.key);
    expect(overlaps).toEqual([]);
  });
  it('takes the empty "-" bullets into the span of the part printed after them', () => {
    for (const key of ['rec/3.3', 'rec/5.3']) expect(text.slice(get(key).start, get(key).end)).toMatch(/^-\n- /);
  });
});

describe('GRETA reply: headings and coverage', () => {
  it('reads the title page and the lead-in of recommendation 2 as headings', () => {
    const printed = headings.map((h) => text.slice(h.start, h.end).replace(/\s+/g, ' '));
    expect(printed).toContain('CP(2025)07');
    expect(printed).toContain('Overview of recommendations to the Czech Republic and information on their implementation:');
    expect(printed).toContain('This should include steps to:');
    // Title lines wrapped after "of the" / "with" are one heading each, not one per printed line.
    expect(printed).toContain('Report submitted by the authorities of the Czech Republic on measures taken to comply with Committee of the Parties Recommendation');
    expect(printed).toHaveLength(10);
  });
  it('leaves under 1% of the non-whitespace text of the lines outside every item and heading', () => {
    const covered = [...items, ...headings];
    let total = 0;
    let missed = 0;
    const uncovered: string[] = [];
    for (const line of layout.lines) {
      let lineMissed = 0;
      for (let p = line.start; p < line.end; p++) {
        if (/\s/.test(text[p])) continue;
        total++;
        if (!covered.some((c) => p >= c.start && p < c.end)) lineMissed++;
      }
      missed += lineMissed;
      if (lineMissed) uncovered.push(line.text.slice(0, 80));
    }
    expect(missed / total, `uncovered lines:\n${uncovered.join('\n')}`).toBeLessThan(0.01);
    expect(uncovered).toEqual([]);
  });
});

describe('GRETA reply: detect', () => {
  it.each(SEEDS)('%s', (file) => {
    expect(gretaReplyKind.detect(read(file)).matched).toBe(file === OWN);
  });
});
