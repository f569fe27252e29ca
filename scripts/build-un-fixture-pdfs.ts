// Node-only tool: typesets the UN review fixtures written as text into PDFs the way the
// United Nations prints them, with LibreOffice (Debian's libreoffice-writer, headless): the
// symbol in the top right of the cover, numbered paragraphs and recommendations with a hanging
// indent (the number left of the first line, the other lines at the margin), justified text,
// footnotes as real footnotes at the page bottoms, the symbol as running header from page 2,
// page numbers and the job number in the footers. The page breaks fall where LibreOffice puts
// them, not where the text fixture had them. The PDFs are committed under
// test/fixtures/un/built/ and read by test/gold/un-built-pdf.gold.test.ts against the same gold
// as the text. Run after changing a fixture:
//   npx tsx scripts/build-un-fixture-pdfs.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const FIXTURES = [
  'indexer/segment/un-upr-report/fixtures/upr-wg-report-examplia-2018.txt',
  'indexer/segment/un-positions/fixtures/upr-addendum-examplia-2018.txt',
  'indexer/segment/un-observations/fixtures/upr-compilation-examplia-2017.txt',
];
export const OUT_DIR = 'test/fixtures/un/built';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const toNumber = (s: string) => Number([...s].map((c) => SUPERSCRIPT.indexOf(c)).join(''));
const NOTE_LINE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+) (.*)$/;
const STAR_NOTE = /^\* (.*)$/;
const NUMBERED = /^(\d{1,3}(?:\.\d{1,3})?\.?|\([a-z]\))\s+(.*)$/;
const JOB_NUMBER = /^(?:GE\.\d\d-\d{4,6}.*|\*\d{7,}\*)$/;
const CUT_OFF = /(?:[,;:]|\b(?:of|the|and|for|to|in|on|by|with))$/;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Source {
  symbol: string;
  jobNumber?: string;
  paragraphs: string[];
  notes: Map<number, string>;
  starNote?: string;
}

/** The text fixture without its page furniture, its notes gathered by number. */
function readSource(text: string): Source {
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const symbol = /\t(\S+)$/.exec(blocks[0].split('\n')[0])?.[1] ?? '';
  const paragraphs: string[] = [];
  const notes = new Map<number, string>();
  let jobNumber: string | undefined;
  let starNote: string | undefined;
  let lastNote: number | undefined;
  blocks.forEach((block, i) => {
    const note = NOTE_LINE.exec(block);
    if (/^\d{1,3}$/.test(block) || block === symbol) return;
    if (JOB_NUMBER.test(block)) { jobNumber ??= block.startsWith('GE.') ? block : jobNumber; return; }
    if (note) { lastNote = toNumber(note[1]); notes.set(lastNote, note[2].replace(/\s*\n\s*/g, ' ')); return; }
    const star = STAR_NOTE.exec(block);
    if (star) { starNote = star[1]; return; }
    // A note cut off at a page bottom goes on just above the next note.
    if (lastNote !== undefined && CUT_OFF.test(notes.get(lastNote)!) && NOTE_LINE.test(blocks[i + 1] ?? '')) {
      notes.set(lastNote, `${notes.get(lastNote)} ${block}`);
      return;
    }
    paragraphs.push(block);
  });
  return { symbol, jobNumber, paragraphs, notes, starNote };
}

/** A paragraph's text with its superscript markers turned into footnotes. */
function withNotes(text: string, notes: Map<number, string>): string {
  return escape(text).replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (m) => {
    const n = toNumber(m);
    const body = notes.get(n);
    if (body === undefined) throw new Error(`note ${n} has no text`);
    return `<text:note text:id="n${n}" text:note-class="footnote"><text:note-citation>${n}</text:note-citation><text:note-body><text:p text:style-name="Note">${escape(body)}</text:p></text:note-body></text:note>`;
  });
}

function paragraphXml(block: string, source: Source, cover: boolean, first: boolean): string {
  const master = first ? ' text:style-name="First"' : '';
  if (cover) {
    const lines = block.split('\n').map((l) => {
      const star = source.starNote && /\*$/.test(l) ? `${escape(l.replace(/\*$/, ''))}<text:note text:id="star" text:note-class="footnote"><text:note-citation text:label="*">*</text:note-citation><text:note-body><text:p text:style-name="Note">${escape(source.starNote)}</text:p></text:note-body></text:note>` : null;
      return star ?? escape(l).replace(/\t/g, '<text:tab/>');
    });
    return lines.map((l, i) => `<text:p text:style-name="${first && i === 0 ? 'CoverFirst' : 'Cover'}">${l}</text:p>`).join('\n');
  }
  const text = block.replace(/\s*\n\s*/g, ' ');
  const numbered = NUMBERED.exec(text);
  if (numbered) return `<text:p text:style-name="Numbered"${master}>${escape(numbered[1])}<text:tab/>${withNotes(numbered[2], source.notes)}</text:p>`;
  const heading = text.length < 130 && !/[.;:,]$/.test(text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/, ''));
  return `<text:p text:style-name="${heading ? 'Heading' : 'Body'}"${master}>${withNotes(text, source.notes)}</text:p>`;
}

function fodt(source: Source): string {
  const firstBody = source.paragraphs.findIndex((p) => /^(?:I\.|Introduction|1\.)\s/.test(p) || /^Introduction$/.test(p));
  const body = source.paragraphs.map((p, i) => paragraphXml(p, source, i < firstBody, i === 0)).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Serif" svg:font-family="'DejaVu Serif'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Serif" fo:font-size="10pt"/></style:default-style>
 <style:style style:name="Cover" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="8pt"><style:tab-stops><style:tab-stop style:position="15cm" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="6pt" fo:line-height="12pt"/></style:style>
 <style:style style:name="Numbered" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="6pt" fo:line-height="12pt" fo:margin-left="0cm" fo:text-indent="0.6cm"><style:tab-stops><style:tab-stop style:position="1.6cm"/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="9pt" fo:margin-bottom="6pt" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Note" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm"/><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="NoteNumber" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
 <text:notes-configuration text:note-class="footnote" text:citation-style-name="NoteNumber" text:citation-body-style-name="NoteNumber" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 <style:style style:name="Header" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="21cm" fo:page-height="18cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
 <style:style style:name="CoverFirst" style:family="paragraph" style:parent-style-name="Cover" style:master-page-name="First"/>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="First" style:page-layout-name="Page" style:next-style-name="Standard"><style:footer><text:p text:style-name="Footer">${escape(source.jobNumber ?? '')}</text:p></style:footer></style:master-page>
 <style:master-page style:name="Standard" style:page-layout-name="Page"><style:header><text:p text:style-name="Header">${escape(source.symbol)}</text:p></style:header><style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current"/></text:p></style:footer></style:master-page>
</office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body></office:document>
`;
}

export function buildPdf(fixture: string, outDir: string): string {
  const work = mkdtempSync(join(tmpdir(), 'un-fodt-'));
  const name = basename(fixture, '.txt');
  writeFileSync(join(work, `${name}.fodt`), fodt(readSource(readFileSync(fixture, 'utf8'))));
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, join(work, `${name}.fodt`)], { stdio: 'pipe' });
  const out = join(outDir, `${name}.pdf`);
  renameSync(join(work, `${name}.pdf`), out);
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  for (const fixture of FIXTURES) console.log(`wrote ${buildPdf(fixture, OUT_DIR)}`);
}
