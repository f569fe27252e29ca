// How a Lanzarote factsheet grades and addresses a recommendation. The grading is the
// Committee's verb governing the recommendation — "requires", "requests", "invites" — bold
// or not ("the Committee invites the Czech Republic:" in one chapter is plain). The same
// words in ordinary prose ("responses … require an understanding", "the penal code …
// requires dual criminality") are no grading: only "the Committee [also|further…] <verb>s" counts.
import type { Item } from '../../../core/schema.js';
import type { Addressee } from './factsheet-headings.js';

export const GOVERNING_VERB = /\b[Tt]he (?:Lanzarote )?Committee (?:(?:also|further|therefore|thus|hence|again|strongly)\s+)*(require|request|invite)s\b/;

/** The conversion's markdown-like emphasis sits inside the phrase ("the Committee **invites**"). */
function withoutEmphasis(text: string): string {
  return text.replace(/\*\*|<\/?(?:b|i|strong|em)>/g, '');
}

export function gradingOf(text: string): Item['urgency'] | undefined {
  const m = GOVERNING_VERB.exec(withoutEmphasis(text));
  return m ? (m[1] as Item['urgency']) : undefined;
}

/**
 * Whom the governing verb addresses. "all Parties, including the Czech Republic", "those
 * Parties that are not already doing so", "Parties that are not already doing so, including
 * the Czech Republic" address every Party; a named state ("the Czech Republic", "that the
 * Czech Republic ensures", "Slovenia to …") is specific. Otherwise the sub-heading decides.
 */
export function addresseeOf(text: string, fallback: Addressee | undefined): Addressee | undefined {
  const plain = withoutEmphasis(text);
  const m = GOVERNING_VERB.exec(plain);
  if (!m) return fallback;
  const object = plain.slice(m.index + m[0].length).trimStart().replace(/^that\s+/, '');
  if (/^(?:(?:all|those|other|the)\s+)?(?:State\s+)?Part(?:y|ies)\b/.test(object) || /^all\b/i.test(object)) return 'all-parties';
  // "Member States" of the EU are neither every Party nor one state.
  if (/^(?:the\s+)?(?:Member\s+)?States\b/.test(object)) return fallback;
  if (/^(?:the\s+)?\p{Lu}[\p{L}’'-]+/u.test(object)) return 'state';
  return fallback;
}
