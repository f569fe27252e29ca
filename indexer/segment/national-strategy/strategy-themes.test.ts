// Heading themes by the genre's words, in English and French, never one document's phrases.
import { describe, expect, it } from 'vitest';
import { keywordThemes } from '../../facets/theme-keywords.js';
import { headingThemes } from './strategy-themes.js';

describe('headingThemes', () => {
  it.each([
    { heading: 'IDENTIFIER ET ACCOMPAGNER LES VICTIMES', themes: ['victim-identification', 'victim-assistance'] },
    { heading: 'Protection des victimes', themes: ['victim-assistance'] },
    { heading: 'Prévention et sensibilisation', themes: ['awareness-prevention'] },
    { heading: 'Former les procureurs aux enquêtes financières dans les affaires de traite', themes: ['training-professionals', 'investigation-prosecution'] },
    { heading: 'Protéger les mineurs victimes de la traite', themes: ['child-protection'] },
    { heading: 'Mettre en place un outil statistique commun', themes: ['data-research'] },
    { heading: 'Create a methodology for repatriation of persons under 18 years of age', themes: ['victim-assistance'] },
    { heading: 'Safe accommodation for victims', themes: ['victim-assistance'] },
    { heading: 'Evaluation of the former strategy', themes: [] },
  ])('$heading', ({ heading, themes }) => {
    expect(headingThemes(heading)).toEqual(themes);
  });
});

describe('keywordThemes on other countries\' citations and institutions', () => {
  it.each([
    { text: 'as amended by Law Nr. 12 of 2019', theme: 'legal-framework' },
    { text: 'Loi n° 2016-444 du 13 avril 2016', theme: 'legal-framework' },
    { text: 'courses of the Police College', theme: 'training-professionals' },
  ])('$text → $theme', ({ text, theme }) => {
    expect(keywordThemes(text)).toContain(theme);
  });
});
