// A reply's text as statements a reader can quote whole. Sentences, except that a list inside
// a paragraph ("There are three levels: 1. Basic bodies (…); 2. The Office … (…); 3. Experts.",
// "Duria will: - appoint …; - train …") gives one statement per entry, read with its
// lead-in, and the number of the next entry ("…April 2018); 2.") belongs to that entry, not to
// the sentence before it. A statement whose subject points back ("this obligation will …",
// "It is expected to be adopted …") is read with the sentence it points to.
import SentenceTokenizer from 'natural/lib/natural/tokenizers/sentence_tokenizer.js';
import { FUTURE } from './promise-words.js';

/** Abbreviations of English and French prose that end in a dot without ending a sentence. */
const ABBREVIATIONS = ['Para.', 'Paras.', 'Art.', 'Arts.', 'No.', 'Nos.', 'e.g.', 'i.e.', 'Ibid.', 'etc.', 'Dr.', 'Mr.', 'Ms.', 'Mrs.', 'Prof.', 'Sec.', 'cf.', 'vs.', 'pp.', 'Vol.', 'approx.', 'al.'];
// One tokenizer for every reply: it compiles its abbreviation pattern when built.
const tokenizer = new SentenceTokenizer(ABBREVIATIONS);

/** A list entry's opening: "1.", "2)", "a.", "-", "•". */
const MARKER = String.raw`(?:\d{1,2}|[a-z])[.)]|[-–•]`;
const OPENS_ENTRY = new RegExp(`^(?:${MARKER})\\s+`);
const ONLY_MARKER = new RegExp(`^(?:${MARKER})$`);
/** Where an entry starts inside a sentence: after ":", ";", a full stop or ", and", before a marker. */
const ENTRY_BREAK = new RegExp(`(?<=[:;.)]|,\\s+(?:and|or|et|ou))\\s+(?=(?:${MARKER})(?:\\s|$))`, 'g');
/** A dot after these ends no sentence, so the number after it is no list entry ("No. 2."). */
const ABBREVIATED = /\b(?:No|Nos|Nr|Art|Arts|Para|Paras|Sec|p|pp|Vol)\.$/;
/** List punctuation that closes an entry ("…April 2018);", "…victims, and"). */
const ENTRY_END = /\s*[;,]\s*(?:and|or|et|ou)?\s*$/;

/** Subjects that point back to the sentence before. */
const DEMONSTRATIVE = /\b(?:this|these|such)\s+(?!(?:year|month|week|quarter|period|time|stage)\b)\p{L}/iu;
const PRONOUN_SUBJECT = /^(?:It|They)\b/;
/** "It is possible / necessary / anticipated that …": no "it" that points back. */
const EXPLETIVE = /^It\s+(?:is|was|will be|would be|should be|has been)\s+(?:not\s+)?(?:possible|necessary|important|essential|planned|anticipated|envisaged|intended|foreseen|likely|expected\s+that|to\s+be\s+noted)\b/;

export interface Statement {
  /** The statement as shown: with the lead-in of its list or the sentence its subject points to. */
  text: string;
  /** The sentence or list entry that holds the promise, its date and its actor. */
  promise: string;
  /** The line that introduces a list entry ("Duria will:", "The tasks for 2015 are:"). */
  leadIn?: string;
  /** The reply's text before the statement: a body named there in full may be named short after. */
  before: string;
}

/**
 * Sentences of a reply. A dot followed by a lower-case word, a digit or a comma ends no
 * sentence ("Act No. 40/2009 Coll., Criminal Code", "Law Nr. 5 of 2019"), whatever the
 * abbreviation a country's citations use.
 */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const sentence of tokenizer.tokenize(text)) {
    const last = out.length - 1;
    if (last >= 0 && /^[\p{Ll}\d,;:)\]]/u.test(sentence) && !OPENS_ENTRY.test(sentence)) out[last] = `${out[last]}${/^[,;:)\]]/.test(sentence) ? '' : ' '}${sentence}`;
    else out.push(sentence);
  }
  return out;
}

/** Sentences and list entries in order, each entry opening with its marker. */
function pieces(text: string): string[] {
  const split = sentencesOf(text).flatMap((sentence) => {
    const parts: string[] = [];
    let from = 0;
    for (const m of sentence.matchAll(ENTRY_BREAK)) {
      if (ABBREVIATED.test(sentence.slice(0, m.index))) continue;
      parts.push(sentence.slice(from, m.index));
      from = m.index + m[0].length;
    }
    parts.push(sentence.slice(from));
    return parts.map((p) => p.trim()).filter(Boolean);
  });
  // A number left at the end of a sentence opens the next one.
  const out: string[] = [];
  for (let i = 0; i < split.length; i++) {
    if (ONLY_MARKER.test(split[i]) && i + 1 < split.length) split[i + 1] = `${split[i]} ${split[i + 1]}`;
    else out.push(split[i]);
  }
  return out;
}

/** Whether the promise's subject points to the sentence before it. */
function pointsBack(sentence: string): boolean {
  const verb = FUTURE.exec(sentence)?.index ?? sentence.length;
  const subject = sentence.slice(0, verb);
  return DEMONSTRATIVE.test(subject) || (PRONOUN_SUBJECT.test(sentence) && !EXPLETIVE.test(sentence));
}

export function statementsOf(text: string): Statement[] {
  const all = pieces(text);
  const out: Statement[] = [];
  let leadIn: string | undefined;
  let entries = 0;
  all.forEach((piece, i) => {
    const before = all.slice(0, i).join(' ');
    if (OPENS_ENTRY.test(piece) && leadIn !== undefined) {
      const entry = piece.replace(ENTRY_END, '');
      out.push({ text: `${leadIn}${entries === 0 ? ' ' : ' … '}${entry}`, promise: entry, leadIn, before });
      entries++;
      return;
    }
    leadIn = /:$/.test(piece) ? piece : undefined;
    entries = 0;
    if (leadIn !== undefined) return;
    const previous = i > 0 && pointsBack(piece) ? all[i - 1] : undefined;
    out.push({ text: previous ? `${previous} ${piece}` : piece, promise: piece, before });
  });
  return out;
}
