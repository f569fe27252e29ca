// How a Lanzarote factsheet grades and addresses a recommendation. The grading is the
// Committee's verb governing the recommendation — "requires", "requests", "invites" — bold
// or not ("the Committee invites the Czech Republic:" in one chapter is plain). The same
// words in ordinary prose ("responses … require an understanding") are no grading: only
// "the Committee [also|further|therefore] <verb>s" counts.
import type { Item } from '../../core/schema.js';

const GOVERNING_VERB = /\b[Tt]he Committee (?:also |further |therefore |thus )?\**(require|request|invite)s\**\b/;

export function gradingOf(text: string): Item['urgency'] | undefined {
  const m = GOVERNING_VERB.exec(text);
  return m ? (m[1] as Item['urgency']) : undefined;
}

/**
 * "all Parties, including the Czech Republic", "those Parties that are not already doing
 * so", "Parties that are not already doing so, including the Czech Republic" address every
 * Party; a sentence that names only the state is specific to it.
 */
export function addresseeOf(text: string, fallback: Item['addressee']): Item['addressee'] {
  const m = GOVERNING_VERB.exec(text);
  const after = (m ? text.slice(m.index + m[0].length, m.index + m[0].length + 120) : text).replace(/^\*+/, '');
  if (/^\s*(?:all |those |other )?Parties\b/i.test(after) || /^\s*all\b/i.test(after)) return 'all-parties';
  if (/^\s*(?:that )?the Czech Republic\b|^\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*(?:to|:)/.test(after)) return 'state';
  return fallback;
}

/** Sub-headings say whose section it is: "… specific to the Czech Republic" or "Generic …". */
export function addresseeOfHeading(heading: string): Item['addressee'] | undefined {
  if (/^Generic\b/i.test(heading)) return 'all-parties';
  if (/\bspecific to\b/i.test(heading)) return 'state';
  return undefined;
}

const CHAPTER_THEMES: [RegExp, string][] = [
  [/legal framework/i, 'legal-framework'],
  [/investigation|prosecution/i, 'investigation-prosecution'],
  [/jurisdiction/i, 'jurisdiction'],
  [/international co-?operation/i, 'international-cooperation'],
  [/assistance to victims|victim assistance/i, 'victim-assistance'],
  [/civil society/i, 'civil-society'],
  [/awareness/i, 'awareness-prevention'],
  [/education for children/i, 'education'],
  [/curricul|training/i, 'training-professionals'],
  [/research|data collection/i, 'data-research'],
];

/** Theme ids a chapter heading names. */
export function themesOfChapter(heading: string): string[] {
  return CHAPTER_THEMES.filter(([re]) => re.test(heading)).map(([, id]) => id);
}
