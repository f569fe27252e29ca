// pandoc Markdown → PDF with Debian's pandoc and LibreOffice (headless, with a profile of its
// own so that a LibreOffice already running for the user is not disturbed). Needs `pandoc` and
// `soffice` on the PATH (apt-get install pandoc libreoffice-writer-nogui); only for making test
// fixtures, never at test or index time: the PDFs are committed.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export interface RenderOptions {
  /** pandoc's input dialect (extensions included). */
  from: string;
  /** The word-processor format LibreOffice lays out: OpenDocument or Word. */
  via: 'odt' | 'docx';
}

export function renderMarkdownToPdf(markdown: string, output: string, { from, via }: RenderOptions): void {
  const work = mkdtempSync(join(tmpdir(), 'pdf-rendition-'));
  const name = basename(output).replace(/\.pdf$/i, '');
  const md = join(work, `${name}.md`);
  const doc = join(work, `${name}.${via}`);
  writeFileSync(md, markdown);
  execFileSync('pandoc', ['--from', from, '--to', via, '--output', doc, md], { stdio: 'inherit' });
  execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, doc], { stdio: 'inherit' });
  copyFileSync(join(work, `${name}.pdf`), output);
}
