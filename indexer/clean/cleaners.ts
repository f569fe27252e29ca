// Cleaners for item text, each named for the conversion artefact it repairs. They run
// after footnote markers are lifted out (footnotes stage), in the order listed.
export interface Cleaner {
  name: string;
  /** The artefact this cleaner repairs. */
  repairs: string;
  apply(text: string): string;
}

export const CLEANERS: readonly Cleaner[] = [
  {
    name: 'html-paragraph-tags',
    repairs: 'table cells exported with <p>…</p> paragraphs: keep the paragraph break as a space',
    apply: (t) => t.replace(/<\/p>\s*<p>/gi, ' ').replace(/<\/?p>/gi, ' '),
  },
  {
    name: 'html-inline-tags',
    repairs: 'table cells exported with <i>, <b>, <br> tags',
    apply: (t) => t.replace(/<br\s*\/?>/gi, ' ').replace(/<\/?(?:i|b|em|strong|u|span)>/gi, ''),
  },
  {
    name: 'markdown-links',
    repairs: 'hyperlinks rendered as [label](url) or [label](#): keep the label, and the address when the label does not already show it',
    apply: (t) => t.replace(/\[([^\]]*)\]\((#|[^)\s]*)\)/g, (_, label: string, url: string) => linkText(label, url)),
  },
  {
    name: 'markdown-autolinks',
    repairs: 'bare links rendered as <https://…>',
    apply: (t) => t.replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1'),
  },
  {
    name: 'markdown-escapes',
    // Not "\\*": the emphasis cleaner after this one would read the freed asterisks as emphasis.
    repairs: 'characters Markdown escapes with a backslash ("\\|" inside a table cell, "\\_", "\\[")',
    apply: (t) => t.replace(/\\([|_[\]#`])/g, '$1'),
  },
  {
    name: 'markdown-emphasis',
    repairs: 'bold and italic rendered as **…**, ***…***, *…*',
    apply: (t) => t.replace(/\*{1,3}(?=\S)([^*\n]+?)(?<=\S)\*{1,3}/g, '$1').replace(/\*{2,}/g, ''),
  },
  {
    name: 'replacement-characters',
    repairs: 'bytes the converter could not decode (U+FFFD) and stray control characters',
    apply: (t) => t.replace(/[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ''),
  },
  {
    name: 'split-hyphenation',
    repairs: 'a word hyphenated at a line or page end rejoined with a space ("law- enforcement"); a suspended hyphen ("pre- and post-") stays',
    apply: (t) => t.replace(/(\p{L})- (?!(?:and|or|nor|to)\b)(?=\p{Ll})/gu, '$1-'),
  },
  {
    name: 'leading-bullet',
    repairs: 'the bullet glyph or dash that opened a list item in the layout',
    apply: (t) => t.replace(/^\s*[-•▪◦–]\s+/, ''),
  },
  {
    name: 'whitespace',
    // A space before ";" and ":" is French typography, not an artefact: it stays.
    repairs: 'tabs, hard wraps and doubled spaces left by the layout; a space left before "," or "."',
    apply: (t) => t.replace(/\s+/g, ' ').replace(/\s+([,.])(?=\s|$)/g, '$1').trim(),
  },
];

export function cleanItemText(text: string): string {
  return CLEANERS.reduce((acc, c) => c.apply(acc), text);
}

const lettersOnly = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{Nd}]+/gu, '');

/** "[www.x.org/a.pdf](http://www.x.org/a.pdf)" shows its address: kept as printed; "[Label](https://…)" keeps both. */
function linkText(label: string, url: string): string {
  if (url === '#' || url === '') return label;
  // The label shows the address (perhaps without its scheme): as printed, it says it all.
  if (lettersOnly(url).includes(lettersOnly(label))) return label;
  return `${label} (${url})`;
}
