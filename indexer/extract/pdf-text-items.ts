// Page text items from pdf.js, with what the layout needs: position, font size, boldness.
// pdf-parse's own text rendition flattens superscripts into digits and leaves footnote
// texts inline, so the indexer reads the underlying pdf.js document instead.
import type { PDFParse } from 'pdf-parse';

export interface PdfTextItem {
  str: string;
  x: number;
  /** Baseline, measured from the top of the page (grows downwards). */
  y: number;
  width: number;
  fontSize: number;
  bold: boolean;
  hasEOL: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

interface PdfJsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL?: boolean;
}

interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<{
    getViewport(o: { scale: number }): { width: number; height: number };
    getOperatorList(): Promise<unknown>;
    getTextContent(): Promise<{ items: (PdfJsTextItem | { type: string })[]; styles: Record<string, { fontFamily: string }> }>;
    commonObjs?: { get(id: string): { name?: string } | undefined; has?(id: string): boolean };
    cleanup(): void;
  }>;
}

export async function readPdfPages(parser: PDFParse): Promise<PdfPage[]> {
  // `load` is pdf-parse's own (private) accessor for the pdf.js document it opened.
  const doc = (await (parser as unknown as { load(): Promise<PdfJsDocument> }).load());
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    // Font objects (and so their names, which say "Bold") resolve only once the page's
    // operators have been read.
    await page.getOperatorList();
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const raw of content.items) {
      if (!('str' in raw)) continue;
      const [a, b, , , e, f] = raw.transform;
      const fontSize = Math.hypot(a, b) || raw.height;
      const fontName = fontNameOf(page, raw.fontName, content.styles);
      items.push({ str: raw.str, x: e, y: height - f, width: raw.width, fontSize, bold: /bold|black|heavy|semibold/i.test(fontName), hasEOL: raw.hasEOL ?? false });
    }
    pages.push({ width, height, items });
    page.cleanup();
  }
  return pages;
}

function fontNameOf(page: Awaited<ReturnType<PdfJsDocument['getPage']>>, id: string, styles: Record<string, { fontFamily: string }>): string {
  try {
    const font = page.commonObjs?.has?.(id) ? page.commonObjs.get(id) : undefined;
    if (font?.name) return font.name;
  } catch {
    // The font object is not resolved yet: fall back to the family name.
  }
  return styles[id]?.fontFamily ?? id;
}
