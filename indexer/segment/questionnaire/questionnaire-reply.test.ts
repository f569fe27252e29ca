import { describe, expect, it } from 'vitest';
import { readSeed, segmentSeed } from '../../../test/support/segment-fixture.js';
import { findPlainDigitMarkers } from '../../footnotes/plain-markers.js';
import { questionnaireReplyKind } from './questionnaire-reply.js';
import { COUNTS_BY_TYPE, HEADINGS, MARKER_CARRIERS, PAGE_NUMBERS, QUESTIONS } from './questionnaire-reply.gold.js';

const seed = readSeed;
const { text, layout, items, headings, byKey, get } = segmentSeed(questionnaireReplyKind, 'lanzarote-r2-questionnaire-reply-cz.txt');
const answerTo = (key: string) => items.find((i) => i.type === 'answer' && i.respondsToKey === key);
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('questionnaire reply: counts', () => {
  it('has the questions and answers counted by reading the document', () => {
    const counts: Record<string, number> = {};
    for (const i of items) counts[i.type] = (counts[i.type] ?? 0) + 1;
    expect(counts).toEqual(COUNTS_BY_TYPE);
  });
  it('has exactly the questions of the gold table, in document order', () => {
    expect(items.filter((i) => i.type === 'question').map((i) => i.key)).toEqual(QUESTIONS.map((q) => q.key));
  });
  it('gives no urgency or addressee: a reply grades nothing', () => {
    expect(items.filter((i) => i.urgency !== undefined || i.addressee !== undefined)).toEqual([]);
  });
  it('gives every item its own key, and no two spans overlap', () => {
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    const sorted = [...items].sort((a, b) => a.start - b.start);
    expect(sorted.filter((it, k) => k > 0 && it.start < sorted[k - 1].end).map((i) => i.key)).toEqual([]);
  });
  it('answers respond to questions that exist', () => {
    for (const a of items.filter((i) => i.type === 'answer')) {
      expect(a.key).toBe(a.respondsToKey!.replace(/^q\//, 'a/'));
      expect(get(a.respondsToKey!).type).toBe('question');
    }
  });
});

describe('questionnaire reply: every question', () => {
  it.each(QUESTIONS)('$key ($note)', (gold) => {
    const q = get(gold.key);
    expect(q.type).toBe('question');
    expect(q.number).toBe(gold.number);
    expect(q.parentKey).toBe(gold.parentKey);
    expect(q.section?.[0]).toBe(gold.section);
    expect(q.section?.[1]?.startsWith(gold.group + ' ') || q.section?.[1]?.startsWith(gold.group + '.')).toBe(true);
    expect(fold(q.text).startsWith(gold.question), fold(q.text).slice(0, 120)).toBe(true);
    const a = answerTo(gold.key);
    if (gold.answer === undefined) expect(a, `unexpected answer ${a?.text.slice(0, 60)}`).toBeUndefined();
    else {
      expect(a, 'no answer').toBeDefined();
      expect(fold(a!.text).startsWith(gold.answer), fold(a!.text).slice(0, 120)).toBe(true);
      expect(a!.section).toEqual(q.section);
    }
  });
});

describe('questionnaire reply: traps', () => {
  it('keeps sub-parts a–c of 9.1 apart, each with its answer; the answers keep their own "a)" lists', () => {
    expect(['q/9.1.a', 'q/9.1.b', 'q/9.1.c'].map((k) => get(k).parentKey)).toEqual(['q/9.1', 'q/9.1', 'q/9.1']);
    expect(get('q/9.1').text).not.toContain('possess');
    const b = get('a/9.1.b').text;
    expect(b).toContain('a) as a member of an organised group,');
    expect(b).toContain('c) with the intention to gain substantial profit');
    expect(get('a/9.1.c').text).toContain('d) gains substantial profit for him-/herself or for another by such act.');
    expect(items.some((i) => /^q\/9\.1\.[d-z]/.test(i.key))).toBe(false);
  });
  it('keeps parts answered together inside their question (1.1 a–b, 9.4 a–c, 13.1 a–c)', () => {
    expect(fold(get('q/1.1').text)).toMatch(/share: a\. self-generated sexually explicit images and\/or videos\? b\. self-generated sexual content\?$/);
    expect(fold(get('q/9.4').text)).toContain('c. distribute or transmit child self-generated sexual content to other children than those depicted such sexual content?');
    expect(fold(get('q/13.1').text)).toMatch(/a\. in law enforcement\? b\. in prosecution\? c\. in courts\?$/);
    expect(items.some((i) => /^q\/(1\.1|9\.4|13\.1)\./.test(i.key))).toBe(false);
  });
  it('reads 9.7 c–f as one part group with one answer', () => {
    const group = fold(get('q/9.7.c-f').text);
    for (const letter of ['c', 'd', 'e', 'f']) expect(group).toContain(`${letter}. distribute or transmit`);
    expect(fold(get('a/9.7.c-f').text)).toContain('as stated in letters c.-f. is subject of criminal liability');
  });
  it('keeps the answer of Question 15 whole, with its "a." and "b. + c" labels and nested lists', () => {
    const a = get('a/15').text;
    for (const part of ['Overview of seminars for national, district and local level', 'a. Seminary for experts', 'b. In connection with ISF', 'b. + c', 'training of judges is not mandatory']) expect(a).toContain(part);
    expect(fold(get('q/15').text)).toContain('c. judges? → If so, please share the details of the training offered');
  });
  it('reads a prompt after an answer as its own question, and one under a question as part of it', () => {
    const prompts = fold(get('q/1.follow-up-1').text);
    expect(prompts).toContain('→ Please share links to awareness-raising or educational materials');
    expect(prompts).toContain('https://www.sancedetem.cz/');
    expect(fold(get('q/5.2').text)).toContain('→ Please specify whether the public authorities');
    expect(items.some((i) => i.key === 'q/1.follow-up-2' || i.key.startsWith('q/5.follow-up'))).toBe(false);
  });
  it('keeps the question after a label line (10.1, 10.2) in the question', () => {
    expect(fold(get('q/10.1').text)).toContain('indent 25 What measures have been taken to ensure');
    expect(fold(get('q/10.2').text)).toMatch(/Does national law criminalise the production .* solely for their own private use\?$/);
  });
  it('keeps quoted statutes and wrapped links inside their answer', () => {
    expect(get('a/8.1.a').text).toContain('Section 193b Establishment of Unauthorised Contacts with a Child');
    expect(get('a/12').text).toContain('Section 9 Jurisdiction Stipulated by International Treaty');
    expect(get('a/1.1').text).toContain('https://www.sancedetem.cz/cs/hledam-pomoc/rodina-v-problemove-situaci/rizikove-chovani-dospeleho-k-diteti/sexualni-zneuzivani-ditete.shtml');
  });
  it('keeps an answer that runs over a page break and a footnote as one answer', () => {
    const note1 = layout.notes.find((n) => n.n === 1)!;
    const a = get('a/9.1.b');
    expect(a.start < note1.start && a.end > note1.end).toBe(true);
    expect(a.text).toContain('(2) The same sentence shall be imposed');
    expect(a.text).toContain('(3) Whoever produces, imports, exports');
    expect(a.text).not.toContain('If the replies of Parties');
    const note3 = layout.notes.find((n) => n.n === 3)!;
    const waiver = get('a/9.8');
    expect(waiver.start < note3.start && waiver.end > note3.end).toBe(true);
    expect(waiver.text).toContain('Criminal prosecution may be waived especially');
  });
  it('drops the page numbers: no item holds them', () => {
    expect(layout.dropped.map((d) => text.slice(d.start, d.end).trim())).toEqual(PAGE_NUMBERS);
    for (const d of layout.dropped) for (const i of items) expect(i.text.split('\n').map((l) => l.trim())).not.toContain(text.slice(d.start, d.end).trim());
  });
  it('puts each footnote marker inside the span of the item that carries it', () => {
    const markers = findPlainDigitMarkers(layout);
    const carriers = Object.fromEntries(markers.map((m) => [m.n, items.find((i) => m.start >= i.start && m.start < i.end)?.key]));
    expect(carriers).toEqual(MARKER_CARRIERS);
  });
  it('titles an unnumbered question with its heading, and leaves markers out of section labels', () => {
    expect(get('q/12').title).toBe('Question 12. Jurisdiction rules7');
    expect(get('q/12').section).toEqual(['Prosecution', 'Question 12. Jurisdiction rules']);
    expect(get('q/3').title).toBe('Question 3. National curriculum');
    expect(get('q/9.1').title).toBeUndefined();
  });
  it('takes theme hints from the headings', () => {
    expect(get('q/12').themeHints).toContain('jurisdiction');
    expect(get('q/16.2').themeHints).toEqual(['international-cooperation']);
    expect(get('a/6.1').themeHints).toContain('victim-assistance');
    expect(get('q/5.1').themeHints).toContain('data-research');
    expect(get('q/15').themeHints).toContain('training-professionals');
  });
});

describe('questionnaire reply: headings, coverage, detection', () => {
  it('reads sections and "Question N" headings with sub-questions as headings', () => {
    expect(headings.map((h) => fold(text.slice(h.start, h.end)))).toEqual(HEADINGS);
  });
  it('leaves under 1% of the content outside every item and heading', () => {
    const spans = [...items, ...headings];
    const uncovered: string[] = [];
    let total = 0;
    let missed = 0;
    for (const line of layout.lines) {
      let lineMissed = 0;
      for (let k = line.start; k < line.end; k++) {
        if (/\s/.test(text[k]) || layout.notes.some((n) => k >= n.start && k < n.end)) continue;
        total++;
        if (!spans.some((s) => k >= s.start && k < s.end)) lineMissed++;
      }
      if (lineMissed) uncovered.push(line.text.slice(0, 80));
      missed += lineMissed;
    }
    expect(missed / total, `uncovered lines:\n${uncovered.join('\n')}`).toBeLessThan(0.01);
    expect(uncovered).toEqual([]);
  });
  it('recognises this text and none of the other seeds', () => {
    expect(questionnaireReplyKind.detect(text).matched).toBe(true);
    for (const other of ['global-alliance-report-cz-2014.txt', 'greta-cp-rec-2024-10-reply-cz-2025.txt', 'lanzarote-r2-factsheet-cz-2023.txt', 'national-strategy-thb-cz-2020-2023.txt']) {
      expect(questionnaireReplyKind.detect(seed(other)).matched, other).toBe(false);
    }
  });
});
