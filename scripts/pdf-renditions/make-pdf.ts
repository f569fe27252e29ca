// Make a PDF rendition of a converted text document with Debian's pandoc and LibreOffice:
//   npx tsx scripts/pdf-renditions/make-pdf.ts seeds/<file>.txt test/fixtures/pdf/<file>.pdf
// The text becomes pandoc Markdown (text-to-markdown.ts), pandoc writes an OpenDocument text
// with real footnotes, and LibreOffice (headless) lays it out as PDF. Needs `pandoc` and
// `soffice` on the PATH (apt-get install pandoc libreoffice-writer-nogui); only for making
// fixtures, never at test or index time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { textToMarkdown } from './text-to-markdown.js';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: npx tsx scripts/pdf-renditions/make-pdf.ts <text file> <pdf file>');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'pdf-rendition-'));
const name = basename(input).replace(/\.[^.]+$/, '');
const markdown = join(work, `${name}.md`);
const odt = join(work, `${name}.odt`);
writeFileSync(markdown, textToMarkdown(readFileSync(input, 'utf8')));
execFileSync('pandoc', ['--from', 'markdown-fancy_lists+startnum-tex_math_dollars', '--to', 'odt', '--output', odt, markdown], { stdio: 'inherit' });
// A profile of its own, so that a LibreOffice already running for the user is not disturbed.
execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, odt], { stdio: 'inherit' });
renameSync(join(work, `${name}.pdf`), output);
console.log(`wrote ${output}`);
