// A questionnaire reply as its authors' word processor would print it: flowing paragraphs, the
// questionnaire's headings and questions in bold, footnotes as real footnotes at page bottoms.
// The text's own structure is read by the indexer's layout stage (page numbers dropped, notes
// lifted out, page-break splits joined, plain-digit markers found) and its questionnaire reader.
import { buildLayout } from '../../indexer/layout/layout.js';
import { findDocumentMarkers } from '../../indexer/footnotes/find-all-markers.js';
import { numberToSuperscript, superscriptToNumber } from '../../indexer/superscripts.js';
import { questionnaireReplyKind } from '../../indexer/segment/questionnaire/questionnaire-reply.js';
import type { SourceDocument } from '../../indexer/types.js';

export function questionnaireMarkdown(source: string): string {
  const first = buildLayout(source);
  const { markers } = findDocumentMarkers(first);

  // Markers become superscripts and note lines blank lines: the layout then joins the
  // paragraphs the notes interrupted, and each superscript marks where a footnote goes.
  let marked = source;
  for (const m of [...markers].sort((a, b) => b.start - a.start)) {
    marked = marked.slice(0, m.start) + numberToSuperscript(m.n) + marked.slice(m.end);
  }
  const blankOut = (text: string, ranges: { start: number; end: number }[], shift: (i: number) => number) => {
    let out = text;
    for (const r of [...ranges].sort((a, b) => b.start - a.start)) {
      const [s, e] = [shift(r.start), shift(r.end)];
      out = out.slice(0, s) + out.slice(s, e).replace(/[^\n]/g, ' ') + out.slice(e);
    }
    return out;
  };
  // Offsets after the markers were replaced: each replaced marker changed the length by (superscript − digits).
  const shiftOf = (pos: number) =>
    markers.filter((m) => m.end <= pos).reduce((d, m) => d + numberToSuperscript(m.n).length - (m.end - m.start), 0) + pos;
  marked = blankOut(marked, first.notes, shiftOf);
  const layout = buildLayout(marked);
  // The questionnaire's own text (headings, questions, prompts) is printed in bold, the
  // State's answers in roman, as the reply forms are filled in.
  const read = questionnaireReplyKind.segment(layout, { meta: {}, inferred: false, extracted: { text: marked } } as unknown as SourceDocument);
  const printedBold = [...read.headings, ...read.items.filter((i) => i.type === 'question')];
  const isBold = (start: number, end: number) => printedBold.some((s) => s.start <= start && end <= s.end);

  /** Every ASCII punctuation escaped: the text is literal, never markdown. */
  const literal = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!<>|~^$"'@:;,=?%&/]/g, '\\$&');
  const withFootnotes = (text: string) =>
    literal(text).replace(/\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, (_, sup: string) => `[^${superscriptToNumber(sup)}]`);

  const paragraphs: string[] = [];
  for (const line of layout.lines) {
    const text = line.text.trim().replace(/\s+/g, ' ');
    if (text === '') continue;
    const md = isBold(line.start, line.end) ? `**${withFootnotes(text)}**` : withFootnotes(text);
    if (line.gapBefore || paragraphs.length === 0) paragraphs.push(md);
    else paragraphs[paragraphs.length - 1] += `\\\n${md}`;
  }
  const notes = first.notes.map((n) => `[^${n.n}]: ${literal(n.text.replace(/\s+/g, ' ').trim())}`);
  return `${paragraphs.join('\n\n')}\n\n${notes.join('\n\n')}\n`;
}
