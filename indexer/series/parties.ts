// The States a series' documents name as Parties, from the data file the series keeps
// (indexer/series/data/), and how a printed name is looked up: case, a leading article,
// quotation marks, a trailing colon or footnote marker and the spacing do not matter.
import lanzarotePartiesData from './data/lanzarote-parties.json';

export interface Party {
  /** ISO 3166-1 alpha-2 code: the `country` facet of the items. */
  code: string;
  /** Names as printed, in the languages of the series. */
  names: readonly string[];
}

export const LANZAROTE_PARTIES: readonly Party[] = lanzarotePartiesData.parties.map((p) => ({ code: p.code, names: [...p.en, ...p.fr] }));

const normalise = (name: string) =>
  name
    .replace(/\*\*|[⁰¹²³⁴⁵⁶⁷⁸⁹]+$|[“”"«»]/g, '')
    .replace(/[:.]\s*$/, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^(?:the|la|le|les|l') ?/, '');

/** The Party a line names, when the whole line is a Party's name. */
export function partyNamed(parties: readonly Party[], line: string): Party | undefined {
  const name = normalise(line);
  if (name === '' || name.length > 60) return undefined;
  return parties.find((p) => p.names.some((n) => normalise(n) === name));
}
