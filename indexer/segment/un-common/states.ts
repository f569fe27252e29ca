// The States that made a review recommendation, as UN reports print them: in parentheses at
// the end ("… (State A) (State B);", "(State A, State B, State C and D, State E);",
// "(State F (Plurinational State of))"), and inside the text after the part each one made
// ("joining (State A)/sign and ratify (State B)/…", "… girls (State C); to continue …").
// A parenthesis that names no State — "(No. 189)", "(the Paris Principles)", "(OP-CAT)" — is
// part of the text. No list of States is needed: a State's name is capitalised words.

export interface Attribution {
  /** The recommendation's text without the closing parentheses and separator. */
  text: string;
  /** The States, in the order printed, each once. */
  states: string[];
}

/** A parenthesis's content names States: capitalised words, no digits, no acronym. */
function namesStates(inner: string): boolean {
  if (!/^[\p{Lu}]/u.test(inner) || /\d/.test(inner)) return false;
  if (/(?:^|[\s,(])[\p{Lu}]{2,}(?=[\s,)-]|$)/u.test(inner)) return false;
  return /^[\p{L}\s,'’().-]+$/u.test(inner) && inner.length <= 200;
}

/** Split "A, B (C of), D" at the commas outside parentheses. */
function splitNames(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '(') depth++;
    else if (inner[i] === ')') depth--;
    else if (inner[i] === ',' && depth === 0) {
      out.push(inner.slice(from, i));
      from = i + 1;
    }
  }
  out.push(inner.slice(from));
  return out.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Start of the balanced parenthesis that closes at `close`, or -1. */
function openingOf(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

export function recommendingStates(printed: string): Attribution {
  let text = printed.replace(/[\s;.,]+$/, '');
  const closing: string[][] = [];
  while (text.endsWith(')')) {
    const open = openingOf(text, text.length - 1);
    if (open < 0) break;
    const inner = text.slice(open + 1, -1);
    if (!namesStates(inner)) break;
    closing.unshift(splitNames(inner));
    text = text.slice(0, open).trimEnd();
  }
  const inline: string[][] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '(') continue;
    let depth = 0;
    let close = -1;
    for (let k = i; k < text.length; k++) {
      if (text[k] === '(') depth++;
      else if (text[k] === ')' && --depth === 0) { close = k; break; }
    }
    if (close < 0) break;
    const inner = text.slice(i + 1, close);
    if (/^\s*[/;]/.test(text.slice(close + 1)) && namesStates(inner)) inline.push(splitNames(inner));
    i = close;
  }
  const states = [...new Set([...inline.flat(), ...closing.flat()])];
  return { text: text.replace(/[\s;,]+$/, ''), states };
}
