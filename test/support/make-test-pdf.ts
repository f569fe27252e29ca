// Small PDFs built in memory for tests: text placed at given positions in the standard
// Helvetica faces, so a test can lay out footnotes, page numbers, tables or a sentence cut
// by a page break exactly as it needs them. Only characters of WinAnsiEncoding are allowed.
type Face = 'regular' | 'bold' | 'italic';

export interface TestText {
  x: number;
  /** Baseline, in points from the top of the page. */
  y: number;
  /** One string, or runs set one after the other in their faces (the PDF advances the pen). */
  text: string | { text: string; font: Face }[];
  size?: number;
  font?: Face;
}

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const FONTS = { regular: 'F1', bold: 'F2', italic: 'F3' } as const;
/** WinAnsiEncoding bytes for the few characters above ASCII the tests use. */
const WIN_ANSI: Record<string, number> = { '•': 0x95, '–': 0x96, '—': 0x97, '“': 0x93, '”': 0x94, '’': 0x92 };

function pdfString(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (ch === '(' || ch === ')' || ch === '\\') out += '\\' + ch;
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else if (WIN_ANSI[ch] !== undefined) out += '\\' + WIN_ANSI[ch].toString(8).padStart(3, '0');
    else throw new Error(`make-test-pdf: no WinAnsi code for ${JSON.stringify(ch)}`);
  }
  return `(${out})`;
}

function contentStream(texts: readonly TestText[]): string {
  return texts
    .map((t) => {
      const size = t.size ?? 12;
      const runs = typeof t.text === 'string' ? [{ text: t.text, font: t.font ?? 'regular' }] : t.text;
      const shows = runs.map((r) => `/${FONTS[r.font]} ${size} Tf ${pdfString(r.text)} Tj`).join(' ');
      return `BT 1 0 0 1 ${t.x} ${PAGE_HEIGHT - t.y} Tm ${shows} ET`;
    })
    .join('\n');
}

/** A PDF with one page per entry of `pages`. */
export function makeTestPdf(pages: readonly (readonly TestText[])[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1; // object numbers start at 1
  const catalog = add('');
  const pagesObj = add('');
  const fonts = (['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique'] as const).map((base) =>
    add(`<< /Type /Font /Subtype /Type1 /BaseFont /${base} /Encoding /WinAnsiEncoding >>`));
  const pageObjs = pages.map((texts) => {
    const stream = contentStream(texts);
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    return add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Contents ${content} 0 R ` +
      `/Resources << /Font << /F1 ${fonts[0]} 0 R /F2 ${fonts[1]} 0 R /F3 ${fonts[2]} 0 R >> >> >>`);
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${pageObjs.map((n) => `${n} 0 R`).join(' ')}] /Count ${pageObjs.length} >>`;
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
