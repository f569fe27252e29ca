// Who acts in a promise: the subject of its promise word ("the Ministry of Labour and Social
// Affairs and The State Labour Inspection Office will continue", "which the Social Insurance
// Agency will pay", "The Migration Agency's training plan for 2021"), else the agent of a
// passive ("approved by the government") or the bodies it is carried out across, within or at.
// A body the sentence only mentions — after a preposition (a beneficiary, a fund, the author of
// a course) or a cooperation marker — does not act. Bodies are read by the shapes institutions'
// names take in the series vocabulary ("Ministry of …", "… Inspectorate", "Office for criminal
// police and investigation service", "le ministère de la Justice"), and a State by a subject
// whose capitalised words are not ordinary English ("The Norland Republic will", "Duria
// will:"), never by a list of one country's names. A body named short ("the Centre") is the one
// the reply named in full before.
import { foldWord } from '../../core/text/fold.js';
import { englishWordList } from '../facets/english-word-list.js';
import { national } from '../series/national.js';
import { splitBodies } from '../segment/national-strategy/strategy-bodies.js';
import { promiseWords } from './promise-words.js';

const INSTITUTIONS = national.strategy!.institutions;
const heads = INSTITUTIONS.heads.filter((h) => h.length > 3);
const capitalised = (stem: string) => `${stem[0].toUpperCase()}${stem.slice(1)}\\p{L}*`;
const lowerCase = (stem: string) => `${stem}\\p{L}*`;
const HEAD = `(?:${heads.map(capitalised).join('|')})`;
const LOWER_HEAD = `(?:${heads.map(lowerCase).join('|')})`;
const NAME = String.raw`[\p{Lu}][\p{L}'’-]*`;
/** What an institution is "of": "of Labour and Social Affairs", "under the Ministry of the Interior", "de la Justice". */
const OF = String.raw`\s+(?:of|for|on|under|to|at|de|du|des|de\s+la|de\s+l['’]|auprès\s+du)\s*(?:the\s+)?${NAME}(?:\s+(?:and|of|for|the|on|et|de|du|des|la|l['’])\s*(?:the\s+)?${NAME}|\s+${NAME})*`;
/** One body: a few capitalised words and a head noun, or a head in lower case with what it is of; a bracketed part stays with it. */
const BODY = String.raw`(?:(?:${NAME}\s+){0,4}${HEAD}(?:${OF})?|${LOWER_HEAD}${OF})(?:\s*\([^()]*\))?`;
/** The bodies that act together: one or more, joined by commas or "and". */
const BODIES = new RegExp(String.raw`(?<![\p{L}])${BODY}(?:(?:\s*,\s*|\s+(?:and|et)\s+)(?:the\s+|[Tt]he\s+|l[ae]\s+)?${BODY})*`, 'gu');
/** Words that end a name printed in sentence case ("Office for criminal police and investigation service will"). */
const STOP = 'will|shall|is|are|was|were|has|have|had|be|been|should|would|can|could|may|must|to|which|that|who|whose|with|by|from|as|at|in|on|into|under|through|within|during|not|also';
const LOWER_WORD = String.raw`(?!(?:${STOP})\b)[\p{Ll}][\p{L}-]*`;
/** A name in sentence case: a capitalised head, "for" or "of", lower-case words up to a stop. */
const SENTENCE_CASE = new RegExp(String.raw`(?<![\p{L}])(?:${NAME}\s+){0,4}${HEAD}\s+(?:for|of)\s+(?:${LOWER_WORD}\s+){0,8}${LOWER_WORD}(?=\s*[(;:.,]|\s+(?:${STOP})\b|\s*$)`, 'gu');
/** A body named by a common noun at the start of a clause ("The working group agreed …", "by the government"). */
const COMMON = new RegExp(String.raw`(?<=(?:^|[,;:]\s+|\bwhich\s+|\bby\s+)(?:[Tt]he|l[ae])\s+)(?:[\p{Ll}-]+\s+){0,2}${LOWER_HEAD}(?![\p{L}])`, 'gu');
/** A word before a body that makes it something the sentence mentions, not its subject. */
const PREPOSITION = /(?:^|\s)(?:of|for|to|with|between|from|in|on|at|under|by|among|via|through|than|as|into|over|within|across|about|against|de|du|des|à|au|aux|avec|par|pour|sur|dans|entre)\s+(?:(?:the|le|la|les|l['’])\s*)?$/i;
const COOPERATION = new RegExp(`(?:${INSTITUTIONS.cooperationMarkers.map((m) => m.replace(/['’]/g, "['’]")).join('|')})\\s+(?:(?:the|le|la|les|l['’])\\s*)?$`, 'i');
/** After the promise: the agent of a passive, or where it is carried out. */
const AGENT = /\b(?:by|across|within|at)\s+(?:(?:the|le|la|les|l['’])\s*)?$/i;
const ARTICLE = new RegExp(`^(?:${INSTITUTIONS.articles.join('|')})\\s*`, 'i');
/** "departments of the Ministry …": the units of a body are the body. */
const UNITS_OF = new RegExp(String.raw`^${LOWER_HEAD}\s+of\s+(?:the\s+)?(?=\p{Lu})`, 'u');
const PROPER = new RegExp(String.raw`(?:^|[,;:]\s+)((?:The\s+)?${NAME}(?:\s+(?:(?:of|and|the|de|du|des|la)\s+)?${NAME}){0,4})\s*$`, 'u');

interface Mention { index: number; end: number; name: string }

let english: Set<string> | undefined;
const ordinaryEnglish = (word: string) => (english ??= englishWordList()).has(foldWord(word));

function mentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const pattern of [SENTENCE_CASE, BODIES, COMMON]) {
    for (const m of text.matchAll(pattern)) found.push({ index: m.index, end: m.index + m[0].length, name: m[0].replace(/[,\s]+$/, '') });
  }
  // Where two readings overlap, the one that starts first, then the longer, names the body.
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  return found.filter((m, i) => !found.slice(0, i).some((o) => o.index <= m.index && o.end >= m.end));
}

/** The State or another proper name right before a promise word: "The Norland Republic will". */
function properSubject(textBefore: string): string | undefined {
  const m = PROPER.exec(textBefore);
  if (!m) return undefined;
  const words = m[1].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && w !== 'The');
  return words.length > 0 && words.some((w) => !ordinaryEnglish(w.replace(/['’]s$/, ''))) ? m[1] : undefined;
}

/** A list of bodies after a preposition may end in the subject: "Funded by the Fund, the Bureau will …". */
function afterCommas(m: Mention): Mention[] {
  return [...m.name.matchAll(/,\s+(?:(?:the|le|la|les|l['’])\s*)?/gi)].map((c) => {
    const offset = c.index + c[0].length;
    return { index: m.index + offset, end: m.end, name: m.name.slice(offset) };
  });
}

function subjectOf(text: string, from: number, at: number, all: Mention[]): string | undefined {
  const mentioned = (m: Mention) => PREPOSITION.test(text.slice(0, m.index)) || COOPERATION.test(text.slice(0, m.index));
  const candidates = all.flatMap((m) => (mentioned(m) ? afterCommas(m) : [m])).filter((m) => m.index >= from && m.end <= at && !mentioned(m));
  return candidates.pop()?.name ?? properSubject(text.slice(from, at));
}

function agentOf(text: string, after: number, all: Mention[]): string | undefined {
  return all.find((m) => m.index >= after && AGENT.test(text.slice(after, m.index)) && !COOPERATION.test(text.slice(0, m.index)))?.name;
}

/** The body a short name ("the Centre", "the Ministry") stands for: the last one named in full before it. */
function inFull(body: string, before: string): string {
  if (/\s/.test(body) || !new RegExp(`^${HEAD}$`, 'u').test(body)) return body;
  const fuller = mentions(before).map((m) => clean(m.name)).filter((name) => name !== body && new RegExp(`\\b${body}\\b`, 'u').test(name));
  return fuller.pop() ?? body;
}

const clean = (name: string) => name.replace(ARTICLE, '').replace(UNITS_OF, '').trim();

/** The bodies that act in a promise (a sentence, or a list entry read after its lead-in). */
export function actorsOf(promise: string, context: { leadIn?: string; before: string }): string[] | undefined {
  for (const text of [promise, context.leadIn].filter((t): t is string => t !== undefined)) {
    const all = mentions(text);
    const words = promiseWords(text);
    let name: string | undefined;
    let from = 0;
    for (const w of words) {
      name = subjectOf(text, from, w.index, all);
      if (name) break;
      from = w.end;
    }
    // No subject acts: the agent of a passive, or the bodies the work is carried out across.
    name ??= words.length > 0 ? agentOf(text, words[0].end, all) : undefined;
    if (!name) continue;
    const bodies = splitBodies(name).bodies.map(clean).filter(Boolean);
    const before = `${context.before} ${context.leadIn ?? ''}`;
    if (bodies.length > 0) return [...new Set(bodies.map((b) => inFull(b, before)))];
  }
  return undefined;
}
