// Make a PDF rendition of a converted text document for the PDF-versus-text tests:
//   npx tsx scripts/pdf-renditions/make-pdf.ts [--questionnaire] seeds/<file>.txt test/fixtures/pdf/<file>.pdf
// The text becomes pandoc Markdown — by default text-to-markdown.ts (paragraphs joined across
// the old page breaks, lists, real footnotes); with --questionnaire, questionnaire-markdown.ts
// (the questionnaire's own text in bold, as reply forms are filled in) — and pandoc with
// LibreOffice lays it out afresh (render.ts).
import { readFileSync } from 'node:fs';
import { questionnaireMarkdown } from './questionnaire-markdown.js';
import { renderMarkdownToPdf } from './render.js';
import { textToMarkdown } from './text-to-markdown.js';

const args = process.argv.slice(2);
const questionnaire = args.includes('--questionnaire');
const [input, output] = args.filter((a) => !a.startsWith('--'));
if (!input || !output) {
  console.error('usage: npx tsx scripts/pdf-renditions/make-pdf.ts [--questionnaire] <text file> <pdf file>');
  process.exit(2);
}
const source = readFileSync(input, 'utf8');
if (questionnaire) renderMarkdownToPdf(questionnaireMarkdown(source), output, { from: 'markdown', via: 'docx' });
else renderMarkdownToPdf(textToMarkdown(source), output, { from: 'markdown-fancy_lists+startnum-tex_math_dollars', via: 'odt' });
console.log(`wrote ${output}`);
