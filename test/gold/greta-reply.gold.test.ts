// Gold items of the Czech authorities' reply to CP/Rec(2024)10 (GRETA), read off the document.
import { describe, expect, it } from 'vitest';
import { countBy, indexSeed } from './index-seed.js';

const doc = indexSeed('greta-reply-cz-2025');
const recs = doc.items.filter((i) => i.type === 'recommendation');

const recommendations: { n: string; starts: string; parts: number }[] = [
  { n: '1', starts: 'Develop and maintain a comprehensive and coherent data collection system', parts: 0 },
  { n: '2', starts: 'Intensify efforts to prevent human trafficking for the purpose of labour exploitation', parts: 2 },
  { n: '3', starts: 'Take additional measures to prevent child trafficking, and in particular to:', parts: 3 },
  { n: '4', starts: 'Take additional measures to improve the detection and identification of victims', parts: 8 },
  { n: '5', starts: 'Take further steps to improve the identification of, and assistance to, child victims', parts: 4 },
  { n: '6', starts: 'Ensure that the recovery and reflection period is applied to all presumed foreign victims', parts: 0 },
  { n: '7', starts: 'Take further steps to guarantee access to compensation and legal remedies', parts: 3 },
  { n: '8', starts: 'Take measures to ensure compliance with the provision on the non-punishment', parts: 0 },
  { n: '9', starts: 'Take measures to strengthen the criminal justice response to human trafficking', parts: 3 },
];

const parts: { key: string; starts: string; reply?: string; note: string }[] = [
  { key: 'rec/2.1', starts: 'strengthen the supervision of temporary work and recruitment agencies', reply: 'Labour inspection authorities check the existence of all labour relations', note: 'parts opened after the first reply by "This should include steps to:"' },
  { key: 'rec/3.1', starts: 'reduce the risks of trafficking for the purpose of sexual exploitation of children', reply: 'During the previous monitoring period, GRETA recommended', note: 'reply holds bullets naming documents, not parts' },
  { key: 'rec/4.2', starts: 'disconnecting the identification of victims of human trafficking from the initiation of criminal proceedings', reply: 'The Police of the Czech Republic confirms', note: 'part continued over a page break' },
  { key: 'rec/4.4', starts: 'strengthening the proactive identification of victims of trafficking for different forms of exploitation', note: 'first of two parts merged on one line; the reply after them answers the second' },
  { key: 'rec/4.5', starts: 'establishing safe reporting and effective complaint mechanisms for workers', reply: 'To fulfil this objective', note: 'second of two parts merged on one line' },
  { key: 'rec/5.2', starts: 'collecting disaggregated data on presumed and identified child victims of trafficking;', reply: 'As part of the Agreement on Mutual Cooperation', note: 'short part' },
  { key: 'rec/9.3', starts: 'ensuring that the length of legal proceedings in cases of trafficking of human beings is reasonable', reply: 'The length of judicial proceedings in the Czech Republic', note: 'last part' },
];

describe('GRETA reply (gold)', () => {
  it('finds the nine recommendations in order, and their 23 parts', () => {
    const top = recs.filter((r) => !r.parentId);
    expect(top.map((r) => r.number)).toEqual(recommendations.map((r) => r.n));
    for (const g of recommendations) {
      const rec = doc.byKey(`rec/${g.n}`);
      expect(rec.text.startsWith(g.starts), rec.text.slice(0, 100)).toBe(true);
      expect(recs.filter((r) => r.parentId === rec.id)).toHaveLength(g.parts);
    }
    expect(recs).toHaveLength(32);
  });

  it.each(parts)('$key: $note', (g) => {
    const part = doc.byKey(g.key);
    expect(part.text.startsWith(g.starts), part.text.slice(0, 100)).toBe(true);
    expect(part.parentId).toBe(`greta-reply-cz-2025/${g.key.replace(/\.\d+$/, '')}`);
    const reply = doc.items.find((i) => i.type === 'response' && i.respondsTo === part.id);
    if (g.reply) {
      expect(reply?.text.startsWith(g.reply), reply?.text.slice(0, 100)).toBe(true);
      expect(part.response).toBe(reply?.text);
    } else {
      expect(reply).toBeUndefined();
    }
  });

  it('does not take numbered lists or bullets inside replies for recommendations', () => {
    expect(recs.some((r) => /^Roundtables|^Training on Labour Exploitation/.test(r.text))).toBe(false);
    expect(doc.byKey('reply/4.1').text).toContain('Roundtables');
    expect(doc.byKey('reply/3.1').text).toContain('The ECHR Case Law Thematic Guide on Sexual Violence');
    expect(recs.some((r) => r.text.startsWith('The ECHR'))).toBe(false);
  });

  it('keeps the part lead-in in the recommendation and answers the recommendation itself first', () => {
    expect(doc.byKey('rec/2').text).toMatch(/labour exploitation\. This should include steps to:$/);
    expect(doc.byKey('reply/2').respondsTo).toBe('greta-reply-cz-2025/rec/2');
    expect(doc.byKey('reply/2').text).toMatch(/^The Czech Republic is actively engaged in preventing human trafficking/);
  });

  it('gives every reply to its recommendation, and the notes to the replies citing them', () => {
    expect(countBy(doc.items, (i) => i.type)).toEqual({ recommendation: 32, response: 26 });
    expect(doc.report.footnotes).toMatchObject({ resolved: 14, unresolved: 0, notesWithoutMarker: [] });
    expect(doc.byKey('reply/3.1').footnotes?.map((f) => f.n)).toEqual(expect.arrayContaining([4, 5]));
    expect(doc.report.loss.lostShare, doc.report.loss.lostLines.join("\n")).toBeLessThan(0.001);
  });
});
