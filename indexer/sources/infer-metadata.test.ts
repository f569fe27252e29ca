// Metadata read from a title block, never invented: the cases are title blocks of the
// series (covers as printed), with the traps — a year or a body mentioned in the text is
// not the document's.
import { describe, expect, it } from 'vitest';
import { inferMetadata } from './infer-metadata.js';
import { documentDate } from './document-date.js';

const cases: { note: string; text: string; title?: string; body?: string; year?: number; period?: [number, number] }[] = [
  {
    note: 'a report on measures taken: the date it was received, not the recommendation cited',
    text: 'Committee of the Parties\nto the Council of Europe Convention\non Action against Trafficking in Human Beings\n\nCP(2019)04\n\nReport submitted by the authorities of Estonia on measures taken to comply with Committee of the Parties Recommendation CP(2017)12\n\nReceived on 12 February 2019\n\nIn 2016 and 2017, the police identified victims.',
    title: 'Report submitted by the authorities of Estonia on measures taken to comply with Committee of the Parties Recommendation CP(2017)12',
    body: 'GRETA', year: 2019,
  },
  {
    note: 'a factsheet: the last update in numbers',
    text: 'FACTSHEET\n\nLanzarote Committee – 2nd monitoring round\n\nMalta\n\nLast update: 14.09.2022\n\nThe implementation report was adopted in 2022.',
    body: 'Lanzarote Committee', year: 2022,
  },
  {
    note: 'a programme: its first year, with the period',
    text: 'Government of the Republic of Latvia\n\nAction Plan for the Prevention of Trafficking in Human Beings 2021–2023\n\nRiga',
    title: 'Action Plan for the Prevention of Trafficking in Human Beings 2021–2023',
    body: 'Government of the Republic of Latvia', year: 2021, period: [2021, 2023],
  },
  {
    note: 'a ministry as printed, not one country\'s ministry',
    text: 'Ministry of Home Affairs of the Republic of Slovenia\n\nNational Programme on Combating Trafficking 2002–2005\n\nAdopted on 3 October 2002',
    body: 'Ministry of Home Affairs of the Republic of Slovenia', year: 2002, period: [2002, 2005],
  },
  {
    note: 'years in the text and a body mentioned later do not date or issue it',
    text: 'Notes on child helplines\n\nHelplines answered 4,500 calls in 2017 and 5,100 in 2019.\n\n' + 'x '.repeat(900) + '\n\nThe Lanzarote Committee and the Ministry of the Interior were informed.',
    title: 'Notes on child helplines',
  },
  {
    note: 'a title keeps its characters (symbol with an underscore)',
    text: 'T-ES(2018)18_bil\n\nReplies to the thematic questionnaire\n\nStrasbourg, 5 June 2018',
    year: 2018,
  },
  {
    note: 'a cover converted from HTML (no blank lines): the body stops at the end of its line',
    text: 'Government of the Republic of Ardenia\nNational Action Plan against Trafficking in Human Beings 2021–2024\nAdopted by Government Decision No. 112 of 3 March 2021\n1. Introduction',
    body: 'Government of the Republic of Ardenia', year: 2021, period: [2021, 2024],
  },
  {
    note: 'a body\'s name wrapped over two lines after "of" is one name',
    text: 'Ministry of Labour, Social Affairs and Family of the\nSlovak Republic\n\nNational Programme to Combat Trafficking 2019–2023',
    body: 'Ministry of Labour, Social Affairs and Family of the Slovak Republic', year: 2019, period: [2019, 2023],
  },
  {
    note: 'a French cover',
    text: 'Comité de Lanzarote\n\nRapport de mise en œuvre\n\nAdopté le 10 mars 2022 par le Comité',
    body: 'Lanzarote Committee', year: 2022,
  },
];

describe('inferMetadata from the title block', () => {
  it.each(cases)('$note', ({ text, title, body, year, period }) => {
    const { meta, warnings } = inferMetadata('some-file.txt', text, 'generic');
    if (title !== undefined) expect(meta.title).toBe(title);
    expect(meta.body).toBe(body ?? 'Unknown');
    expect(meta.year).toBe(year);
    expect(meta.period).toEqual(period);
    if (year === undefined) expect(warnings.join(' ')).toMatch(/no date/);
    if (body === undefined) expect(warnings.join(' ')).toMatch(/no issuing body/);
  });

  it('keeps a title as printed, underscores and brackets included', () => {
    expect(inferMetadata('f.txt', 'Replies T-ES(2018)18_bil of the Parties\n\nText.', 'generic').meta.title).toBe('Replies T-ES(2018)18_bil of the Parties');
  });
});

describe('documentDate', () => {
  it('reads a dated phrase before any other date', () => {
    expect(documentDate('Strasbourg, 1 June 2020\nAdopted on 30 June 2020', '')).toMatchObject({ year: 2020 });
    expect(documentDate('Meeting of 2 May 2018\nLast updated: 3 January 2019', '')).toMatchObject({ year: 2019 });
  });
  it('takes the year from a series symbol when nothing else dates the document', () => {
    expect(documentDate('GRETA(2017)14\n\nReport concerning the implementation', '', [/\bGRETA\s*\((\d{4})\)\s*\d+/])).toMatchObject({ year: 2017 });
  });
  it('refuses a backwards period as a period', () => {
    expect(documentDate('', 'Programme 2016–2007').period).toBeUndefined();
  });
});

describe('documentDate reads title-block lines, not sentences', () => {
  it('takes the date printed on its own line over a date inside the introduction', () => {
    const block = [
      'GRETA(2013)21',
      'Rapport concernant la mise en œuvre de la Convention par la Lusanie',
      'Strasbourg, le 15 novembre 2013',
      'Le questionnaire du GRETA a été envoyé aux autorités, et la réponse des autorités a été reçue le 30 décembre 2011, après quoi une délégation du GRETA a effectué une visite dans le pays.',
    ].join('\n');
    expect(documentDate(block, 'Rapport')).toMatchObject({ year: 2013 });
  });
});
