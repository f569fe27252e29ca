// A converted text document (the seeds' conventions: a paragraph per line, notes at former
// page bottoms, superscript markers, page numbers) as pandoc Markdown: the paragraphs joined
// again across the old page breaks, bullets and numbered items as lists, and every note as a
// real footnote, so that a word processor lays the document out afresh with its notes at the
// bottom of the new pages. Used to make PDF renditions for testing the PDF path.
import { buildLayout } from '../../indexer/layout/layout.js';
import { superscriptToNumber } from '../../indexer/superscripts.js';

const BULLET = /^\s*[-–•▪]\s+(.*)$/;
const LONE_DASH = /^\s*[-–•▪]\s*$/;
const NUMBERED = /^\s*(\d{1,3})\.\s+(.*)$/;

/** Superscript markers as pandoc note references. */
const withNoteRefs = (text: string) => text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (m) => `[^${superscriptToNumber(m)}]`);

export function textToMarkdown(source: string): string {
  const layout = buildLayout(source);
  const blocks: string[] = [];
  let list: string[] | undefined;
  const endList = () => {
    if (list) blocks.push(list.join('\n'));
    list = undefined;
  };
  for (const line of layout.lines) {
    const text = line.text.trim();
    const bullet = BULLET.exec(text);
    if (bullet || LONE_DASH.test(text)) {
      if (line.gapBefore) endList();
      (list ??= []).push(`- ${withNoteRefs(bullet?.[1] ?? '')}`.trimEnd());
      continue;
    }
    endList();
    const numbered = NUMBERED.exec(text);
    // A numbered line stays a list item with its own number (pandoc keeps a list's start).
    blocks.push(numbered ? `${numbered[1]}. ${withNoteRefs(numbered[2])}` : withNoteRefs(text));
  }
  endList();
  const notes = layout.notes.map((n) => `[^${n.n}]: ${n.text.replace(/\s+/g, ' ').trim()}`);
  return `${blocks.join('\n\n')}\n\n${notes.join('\n\n')}\n`;
}
