// Headings that group tasks: "1. Prevention of trafficking", "OBJECTIVE 2: IDENTIFICATION …",
// "Axe 1 – Prévention et sensibilisation", "Champ d'action 3 : Poursuite pénale", printed as a
// line above the tasks or as a one-cell row of a measure table. The group is the goal the tasks
// below it serve; its number names it even when the tasks are numbered through the plan.
import { phrases, VOCABULARY } from './strategy-labels.js';

export interface GroupHeading {
  number: string;
  title: string;
  /** Whether a word ("Objective", "Axe") opens the heading. */
  prefixed: boolean;
}

const GROUP_WORDS = phrases(VOCABULARY.groupWords);
const PREFIXED = new RegExp(`^\\s*(?:${GROUP_WORDS})\\s+(?:No\\.?\\s*|n°\\s*)?(\\d{1,2}|[IVX]{1,4})\\.?\\s*[:.–—-]?\\s+(\\S.*)$`, 'iu');
/** Without a word, only an arabic number: "III. MEASURES" is a chapter, not a group of tasks. */
const NUMBERED = /^\s*(\d{1,2})\.\s+(\S.*)$/u;
/** Longer than this, a numbered line is a paragraph. */
const MAX_TITLE = 160;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
function arabic(number: string): string {
  if (/^\d+$/.test(number)) return String(Number(number));
  let total = 0;
  const digits = number.toUpperCase().split('').map((d) => ROMAN[d]);
  digits.forEach((d, i) => (total += d < (digits[i + 1] ?? 0) ? -d : d));
  return String(total);
}

export function groupHeading(text: string): GroupHeading | undefined {
  if (text.includes('\t')) return undefined;
  const plain = text.replace(/\*+/g, '').trim();
  const prefixed = PREFIXED.exec(plain);
  const m = prefixed ?? NUMBERED.exec(plain);
  if (!m) return undefined;
  const title = m[2].trim();
  // A group names a matter; a sentence or a long line is a numbered paragraph.
  if (title.length > MAX_TITLE || /[.;:!?]$/.test(title)) return undefined;
  return { number: arabic(m[1]), title, prefixed: prefixed !== null };
}
