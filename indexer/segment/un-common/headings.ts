// Headings of UN reports and their levels: chapters in roman numerals ("II. Conclusions and/or
// recommendations"), sections in capital letters ("A. Presentation by the State under review"),
// sub-sections in digits ("1. Cross-cutting issues") and small letters ("a) Evolution of …"),
// and unnumbered topic headings ("Equality and non-discrimination") below them all. "I." is a
// letter after "H." and a numeral otherwise; "C." is a letter after "B.".

export interface Heading {
  level: number;
  text: string;
}

const LABEL = /^(?:([IVXLC]{1,6})|([A-Z])|(\d{1,2})|([a-z]))[.)]\s+\S/;
/** Unnumbered headings that stand at a chapter's level. */
const CHAPTER_WORDS = /^(?:Introduction|Annex(?:es)?|Annexe|Appendix|Appendices|Notes|Endnotes)(?:\s+[IVXLC\d]+)?$/i;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** A heading that can open a report's body: labelled ("I.", "A.", "1.") or a chapter word ("Introduction"). */
export function isChapterLike(text: string): boolean {
  return LABEL.test(text) || CHAPTER_WORDS.test(text);
}

/** Heading levels: chapter 1, section 2, sub-section 3, small-letter 4, unnumbered 5. */
export class HeadingPath {
  private path: Heading[] = [];
  private lastRoman = 0;
  private lastLetter = '';

  levelOf(text: string): number {
    const m = LABEL.exec(text);
    if (!m) return CHAPTER_WORDS.test(text) ? 1 : 5;
    if (m[1]) {
      if (m[1].length > 1) return 1;
      // "I." after "H." is a letter; "I." opening the text, or "V." after "IV.", a numeral.
      const nextLetter = this.lastLetter !== '' && m[1].charCodeAt(0) === this.lastLetter.charCodeAt(0) + 1;
      return nextLetter || romanValue(m[1]) !== this.lastRoman + 1 ? 2 : 1;
    }
    if (m[2]) return 2;
    if (m[3]) return 3;
    return 4;
  }

  /** Enter a heading: it replaces every heading of its level or below. */
  enter(text: string): void {
    const level = this.levelOf(text);
    const label = LABEL.exec(text);
    if (level === 1 && label?.[1]) {
      this.lastRoman = romanValue(label[1]);
      this.lastLetter = '';
    }
    if (level === 2 && label) this.lastLetter = (label[1] ?? label[2]) ?? '';
    while (this.path.length && this.path[this.path.length - 1].level >= level) this.path.pop();
    this.path.push({ level, text });
  }

  get section(): string[] {
    return this.path.map((h) => h.text);
  }

  /** The last roman chapter entered (0 before any). */
  get chapter(): number {
    return this.lastRoman;
  }
}
