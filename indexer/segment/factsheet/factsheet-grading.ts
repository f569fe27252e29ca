// How a Lanzarote factsheet grades and addresses a recommendation. The grading is the
// Committee's verb governing the recommendation (the series profile lists them: "requires",
// "requests", "invites", and their French forms), bold or not. The same words in ordinary prose
// ("responses … require an understanding", "the penal code … requires dual criminality") are no
// grading: only "the Committee [also|further…] <verb>" counts.
import { gradeText, type Grading } from '../../series/index.js';
import { lanzarote } from '../../series/lanzarote.js';
import type { Addressee } from './factsheet-headings.js';

/** The conversion's markdown-like emphasis sits inside the phrase ("the Committee **invites**"). */
function withoutEmphasis(text: string): string {
  return text.replace(/\*\*|<\/?(?:b|i|strong|em)>/g, '');
}

export function gradingOf(text: string): Grading | undefined {
  return gradeText(lanzarote, withoutEmphasis(text));
}

/**
 * Whom the governing verb addresses. "all Parties, including …", "those Parties that are not
 * already doing so", "Parties that are not already doing so, including …", "à toutes les
 * Parties" address every Party; a named state ("that <State> ensures", "<State> to …", "au
 * <State> de …") is specific. Otherwise the sub-heading decides.
 */
export function addresseeOf(text: string, fallback: Addressee | undefined): Addressee | undefined {
  const plain = withoutEmphasis(text);
  const grading = gradeText(lanzarote, plain);
  if (!grading) return fallback;
  const object = plain.slice(grading.end).trimStart().replace(lanzarote.objectLinks ?? /^(?!)/, '');
  if (lanzarote.allPartiesWords?.test(object)) return 'all-parties';
  // "Member States" of the EU are neither every Party nor one state.
  if (/^(?:the\s+)?(?:Member\s+)?States\b/.test(object)) return fallback;
  if (/^(?:the\s+|la\s+|le\s+|l['’])?\p{Lu}[\p{L}’'-]+/u.test(object)) return 'state';
  return fallback;
}
