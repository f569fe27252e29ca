// When do two lines belong to one sentence? PDF conversion leaves sentences split by
// page breaks (with footnotes or a page number in between) and by hard wraps.

/** Starts of lines that open a new unit of structure: never glued to the line before. */
const STRUCTURAL_START = new RegExp(
  [
    String.raw`^\s*[-•▪◦–—]\s`, // bullets
    String.raw`^\s*\d+(?:\.\d+)*\.\s`, // "1. ", "9.1. "
    String.raw`^\s*\d+(?:\.\d+)+\s`, // "4.2 " (a bare "15 to 18 years" is not a label)
    String.raw`^\s*\d+(?:\.\d+)+\.?$`, // a lone number label
    String.raw`^\s*[a-zA-Z][.)]\s`, // "a. ", "b) "
    String.raw`^\s*\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s`, // "(3) ", "(iv) "; not "(ICSE) "
    String.raw`^\s*\*\*`, // bold run: a heading or label in the markdown-like rendition
    String.raw`^\s*#`,
    String.raw`^\s*→`,
    // "Mesure 2.3 – …", "Measure 2.4: …", "Task 3 — …": a numbered unit, whatever the line before ends on.
    String.raw`^\s*\p{Lu}\p{Ll}+\s+(?:No\.?\s*|n°\s*)?\d+(?:\.\d+)*\.?\s*[:–—]\s`,
  ].join('|'),
  'u',
);
/** Words that open a heading or a label, unless the line before stops mid-phrase ("… application of" / "Article 18(2) …"). */
const KEYWORD_START = /^\s*(?:Question|Task|Policy Target|Operational Goal|Annex|Chapter|Section|Article)\b/;

const SENTENCE_END = /[.:;!?]["”’)\]*]*[⁰¹²³⁴⁵⁶⁷⁸⁹,\s]*$|[.:;!?]["”’)\]]*\^\{[\d,\s]+\}$/;
/** Words a sentence or a heading does not end on: the line must go on. */
const DANGLING_WORD = /\b(?:the|a|an|of|and|or|to|in|for|with|by|on|at|from|as|that|which|its|their|is|are|be|also)$/i;

const LONG_PARAGRAPH = 150;
const SHORT_HEADING = 80;

export type JoinKind = 'space' | 'hyphen' | null;

/** What stands between two lines: nothing, a blank line, or page furniture (notes, a page number). */
export type Gap = 'none' | 'blank' | 'page';

export function shouldJoin(prev: string, next: string, gap: Gap): JoinKind {
  if (next.includes('\t') || prev.includes('\t')) return null; // table rows stand alone
  // A dash opening a hard-wrapped line in mid-sentence is punctuation ("(safe deleting" /
  // "– options of deleting)."), not a bullet.
  if (gap === 'none' && /^\s*[–—]\s/.test(next) && /\s$/.test(prev) && !SENTENCE_END.test(prev.trimEnd())) return 'space';
  if (STRUCTURAL_START.test(next)) return null;
  const a = prev.trimEnd();
  if (KEYWORD_START.test(next) && !DANGLING_WORD.test(a)) return null;
  const b = next.trimStart();
  if (a === '' || b === '') return null;
  const startsLower = /^\p{Ll}/u.test(b);
  if (/\p{L}-$/u.test(a) && startsLower) return 'hyphen';
  if (SENTENCE_END.test(a)) return null;
  if (gap === 'none') {
    // A hard wrap: the converter leaves a trailing space where a line was wrapped.
    if (/\s$/.test(prev) || startsLower || /,$/.test(a) || DANGLING_WORD.test(a)) return 'space';
    return null;
  }
  if (startsLower) return 'space';
  if (/,$/.test(a) || DANGLING_WORD.test(a)) return 'space';
  // A long paragraph that stops mid-sentence goes on after the break ("…the Interdepartmental
  // Coordination" / "Group for Combating…"), unless what follows is a short heading.
  // A bullet is one sentence: cut before its end by a page break, it goes on after it.
  // After a mere blank line, a paragraph of several sentences is more likely a reply to
  // the bullet than its tail, so only a one-sentence rest is taken as the tail.
  const oneSentence = !/[.!?]["”’)]?\s+[A-Z]/.test(b);
  if (/^\s*[-•▪]\s/.test(a) && b.length > SHORT_HEADING && SENTENCE_END.test(b) && (gap === 'page' || oneSentence)) return 'space';
  // A heading can be long too, but it is one sentence: require an earlier full stop.
  const body = a.replace(/^(?:[IVXLC]+|\d+(?:\.\d+)*)\.\s+/, ''); // "VIII. Promoting …" is a numbered heading
  const multiSentence = /[.!?]\s+[A-Z]/.test(body) && !/(?:https?:|www\.)\S+$/.test(a);
  if (a.length >= LONG_PARAGRAPH && multiSentence && (b.length > SHORT_HEADING || SENTENCE_END.test(b))) return 'space';
  return null;
}
