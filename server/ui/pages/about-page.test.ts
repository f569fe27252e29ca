// The about page: every document of the corpus with its facts and the indexer's coverage figure.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { FACTSHEET, STRATEGY, UI_DOCUMENTS, UI_ITEMS, UNDATED, uiCorpus } from '../../../test/support/ui-corpus.js';
import { coverageText } from './about-page.js';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const card = (html: string, id: string) => {
  const start = html.indexOf(`<article class="doc-card" id="doc-${id}"`);
  return text(html.slice(start, html.indexOf('</article>', start)));
};

describe('the about page', async () => {
  const res = await createApp(uiCorpus()).request('/about');
  const html = await res.text();

  it('lists every document with title, body, year, kind, source and its items by type', () => {
    expect(res.status).toBe(200);
    expect((html.match(/<article class="doc-card"/g) ?? []).length).toBe(UI_DOCUMENTS.length);
    const factsheet = card(html, FACTSHEET);
    expect(factsheet).toContain('Committee factsheet – Country: implementation report');
    expect(factsheet).toContain('Body Lanzarote Committee Year 2023 Kind Monitoring factsheet');
    expect(factsheet).toContain('Source Secretariat factsheet, updated 2023');
    const recommendations = UI_ITEMS.filter((i) => i.document === FACTSHEET && i.type === 'recommendation').length;
    expect(factsheet).toContain(`${recommendations} recommendations`);
    expect(html).toContain(`href="/?type=recommendation&amp;document=${FACTSHEET}"`);
  });

  it('gives a programme its years and an undated document none', () => {
    expect(card(html, STRATEGY)).toContain('Year 2020–2023 Kind National strategy');
    expect(card(html, UNDATED)).not.toMatch(/Year|undefined/);
    expect(card(html, UNDATED)).toContain('Kind Memo');
    expect(card(html, UNDATED)).toContain('its title, body and year were read from its text');
  });

  it('shows the indexer’s coverage figure when it measured one, and says when it did not', () => {
    expect(card(html, FACTSHEET)).toContain('Coverage 98.8 % of the source text is in items, notes or headings (1.2 % lost)');
    expect(card(html, STRATEGY)).toContain('Coverage not measured');
  });

  it('counts the whole corpus by type', () => {
    const totals = text(html.slice(html.indexOf('id="totals-heading"'), html.indexOf('</section>', html.indexOf('id="totals-heading"'))));
    expect(totals).toContain(`${UI_ITEMS.filter((i) => i.type === 'paragraph').length} paragraphs`);
  });
});

describe('coverageText', () => {
  it.each([
    [undefined, 'not measured'],
    [0, '100.0 % of the source text is in items, notes or headings (0.0 % lost)'],
    [0.0004, '100.0 % of the source text is in items, notes or headings (<0.1 % lost)'],
    [0.25, '75.0 % of the source text is in items, notes or headings (25.0 % lost)'],
  ])('%s → %s', (share, expected) => {
    expect(coverageText(share)).toBe(expected);
  });
});
