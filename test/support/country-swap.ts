// Another Party's documents, made from the seeds: every country name, city, institution,
// currency and law-gazette abbreviation of the seeds replaced by another country's. A reader
// that depends on one country's words reads the swapped text differently; one that reads
// structure gives the same items.

/** Longest first: "Police of the Czech Republic" before "Czech Republic" before "Czech". */
export const COUNTRY_SWAP: readonly [RegExp, string][] = [
  [/Police of the Czech Republic/g, 'General Police Inspectorate of Moldova'],
  [/Ministry of the Interior of the Czech Republic/g, 'Ministry of Internal Affairs of Moldova'],
  [/MINISTERSTVO VNITRA/g, 'MINISTERUL AFACERILOR INTERNE'],
  [/ČESKÉ REPUBLIKY/g, 'AL REPUBLICII MOLDOVA'],
  [/\bCZECH REPUBLIC\b/g, 'REPUBLIC OF MOLDOVA'],
  [/\bCzech Republic\b/g, 'Republic of Moldova'],
  [/\bCzechia\b/g, 'Moldova'],
  [/\bCzechs\b/g, 'Moldovans'],
  [/\bCzech\b/g, 'Moldovan'],
  [/Ministry of the Interior/g, 'Ministry of Internal Affairs'],
  [/Ministry of Interior/g, 'Ministry of Internal Affairs'],
  [/Ministry of Labour and Social Affairs/g, 'Ministry of Labour and Social Protection'],
  [/Ministry of Education, Youth and Sports/g, 'Ministry of Education and Research'],
  [/State Labour Inspection Office/g, 'State Labour Inspectorate'],
  [/Probation and Mediation Service/g, 'National Probation Inspectorate'],
  [/Office of the Government/g, 'State Chancellery'],
  [/Labour Office/g, 'National Employment Agency'],
  [/Bílý kruh bezpečí/g, 'Centrul de Asistență'],
  [/Linka bezpečí/g, 'Telefonul Copilului'],
  [/\bLa Strada\b/g, 'Stop Trafic'],
  [/\bPrague\b/g, 'Chișinău'],
  [/\bPraha\b/g, 'Chișinău'],
  [/\bBrno\b/g, 'Bălți'],
  [/\bOstrava\b/g, 'Cahul'],
  [/\bCZK\b/g, 'MDL'],
  [/\bColl\./g, 'M.O.'],
  [/\bSb\./g, 'Nr.'],
];

export function swapCountry(text: string): string {
  return COUNTRY_SWAP.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}
