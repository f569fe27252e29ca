// The date a document gives itself, read from its title block: "Received on 25 November 2025",
// "Adopted on 3 March 2021", "Last update: 25.05.2023", a programme's period in its title
// ("… 2020–2023" is 2020, with the period kept), a dated place line ("Strasbourg, 12 May 2016"),
// or the year in the document's own symbol ("GRETA(2017)14"). A year merely mentioned in the
// text (a statistic, a law, an earlier report) is no date of the document: when nothing dates
// it, it has no year, and the summary says so.

const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTHS_FR = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const YEAR = String.raw`((?:19|20)\d\d)`;
/** A calendar date in the forms the series print; the year is the last group that matched. */
const DATE = new RegExp(
  [
    String.raw`\d{1,2}(?:st|nd|rd|th|er)?\s+(?:${MONTHS_EN}|${MONTHS_FR})\s+${YEAR}`,
    String.raw`(?:${MONTHS_EN})\s+\d{1,2},?\s+${YEAR}`,
    String.raw`(?:${MONTHS_EN}|${MONTHS_FR})\s+${YEAR}`,
    String.raw`\d{1,2}[./]\d{1,2}[./]${YEAR}`,
    String.raw`${YEAR}-\d{2}-\d{2}`,
  ].join('|'),
  'i',
);
const DATED_BY = String.raw`(?:adopted|received|signed|published|issued|approved|submitted|last\s+updated?|updated|dated?|adopté|adoptée|reçu|reçue|signé|publié|mise?\s+à\s+jour)`;
const DATED_PHRASE = new RegExp(String.raw`\b${DATED_BY}\b[^\n\d]{0,20}?(?:${DATE.source})`, 'i');
/** How far after a series' dating phrase its date may stand (a symbol and a line or two). */
const SERIES_DATE_REACH = 80;
const PERIOD = new RegExp(String.raw`\b${YEAR}\s*(?:[–—-]|to|until|/|au|à)\s*${YEAR}\b`, 'i');

export interface DocumentDate {
  year?: number;
  period?: [number, number];
  /** How the year was read, for the summary. */
  evidence?: string;
}

function yearOf(m: RegExpExecArray): number {
  const groups = m.slice(1).filter((g) => g !== undefined);
  return Number(groups[groups.length - 1]);
}

/**
 * `datedBy`: phrases of a series' title block after which its date is printed, perhaps with
 * the symbol in between ("Distr.: General 15 March 2010", "Distr. GENERAL A/HRC/WG.6/7/ITA/1
 * 16 November 2009").
 */
/** A title block prints its dates on lines of their own; a date inside a sentence of the text is not the document's. */
const MAX_TITLE_LINE = 120;

export function documentDate(block: string, title: string, symbols: readonly RegExp[] = [], datedBy: readonly RegExp[] = []): DocumentDate {
  const titleBlock = block.split('\n').filter((line) => line.trim().length <= MAX_TITLE_LINE).join('\n');
  const dated = DATED_PHRASE.exec(titleBlock) ?? seriesDated(titleBlock, datedBy);
  const period = PERIOD.exec(title);
  const periodYears = period ? ([Number(period[1]), Number(period[2])] as [number, number]) : undefined;
  const keepPeriod = periodYears && periodYears[1] >= periodYears[0] ? { period: periodYears } : {};
  if (dated) return { year: yearOf(dated), evidence: `"${dated[0].replace(/\s+/g, ' ').trim()}"`, ...keepPeriod };
  if (periodYears && periodYears[1] >= periodYears[0]) return { year: periodYears[0], period: periodYears, evidence: `the period ${period![0]} in the title` };
  const date = DATE.exec(titleBlock);
  if (date) return { year: yearOf(date), evidence: `the date "${date[0]}" in the title block` };
  for (const symbol of symbols) {
    const m = symbol.exec(titleBlock);
    if (m?.[1]) return { year: Number(m[1]), evidence: `the symbol ${m[0]}` };
  }
  return {};
}

/** The first date printed within a short stretch after one of the series' dating phrases. */
function seriesDated(titleBlock: string, datedBy: readonly RegExp[]): RegExpExecArray | null {
  for (const phrase of datedBy) {
    const m = phrase.exec(titleBlock);
    if (!m) continue;
    const after = titleBlock.slice(m.index + m[0].length, m.index + m[0].length + SERIES_DATE_REACH);
    const date = DATE.exec(after);
    if (date) {
      const found = [...date] as unknown as RegExpExecArray;
      found.index = m.index;
      found[0] = `${m[0]} … ${date[0]}`;
      return found;
    }
  }
  return null;
}
