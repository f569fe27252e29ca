// @ts-check
// Worker thread: reads every page's text items from a PDF through pdf-parse (pdf.js
// underneath) and posts them to the indexer. It runs apart from the indexer so that a PDF
// that keeps pdf.js busy can be stopped with worker.terminate(): pdf.js works in
// microtasks, so a timer in its own thread would only fire after it finished.
// Plain JavaScript because a worker cannot load TypeScript without a loader, and
// starting tsx inside a worker costs ~1.7 s; the shape posted back is PdfPage in
// pdf-reader.ts, which checks it on arrival.
import { parentPort, workerData } from 'node:worker_threads';
import { PDFParse } from 'pdf-parse';

/** Font names that say the face is bold ("CAAAAA+DejaVuSerif-Bold", "Arial-BoldMT") or italic. */
const BOLD_FONT = /bold|black|heavy|semibold|demi/i;
const ITALIC_FONT = /italic|oblique/i;

/**
 * @param {any} page a pdf.js PDFPageProxy
 * @param {string} id the font's id in the text content
 * @param {Record<string, { fontFamily: string }>} styles
 */
function fontNameOf(page, id, styles) {
  try {
    // Font objects carry the real name only once the page's operators have been read.
    if (page.commonObjs.has(id)) return String(page.commonObjs.get(id)?.name ?? id);
  } catch {
    // Not resolved: the family name is all there is.
  }
  return styles[id]?.fontFamily ?? id;
}

/** @param {any} page */
async function readPage(page) {
  const viewport = page.getViewport({ scale: 1 });
  await page.getOperatorList();
  const content = await page.getTextContent();
  const [va, vb, vc, vd] = viewport.transform;
  const items = [];
  for (const raw of content.items) {
    if (!('str' in raw) || raw.str === '') continue;
    const [a, b, c, d, e, f] = raw.transform;
    // Direction of the text on the rendered page: rotated text (stamps, margin notes)
    // is not part of the reading flow.
    const dx = va * a + vc * b;
    const dy = vb * a + vd * b;
    if (Math.abs(dy) > Math.abs(dx) * 0.05) continue;
    const [x, y] = viewport.convertToViewportPoint(e, f);
    const fontName = fontNameOf(page, raw.fontName, content.styles);
    items.push({
      str: raw.str,
      x,
      y,
      width: raw.width,
      fontSize: Math.hypot(c, d) || raw.height,
      bold: BOLD_FONT.test(fontName),
      italic: ITALIC_FONT.test(fontName),
    });
  }
  page.cleanup();
  return { width: viewport.width, height: viewport.height, items };
}

/** @param {Uint8Array} bytes */
async function readPages(bytes) {
  const parser = new PDFParse({ data: bytes, verbosity: 0 });
  try {
    // `load` is pdf-parse's own accessor for the pdf.js document it opened (private in
    // its typings, public at run time); getText() would flatten what we need.
    const doc = await /** @type {any} */ (parser).load();
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(await doc.getPage(n)));
    return pages;
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

const port = parentPort;
if (!port) throw new Error('pdf-worker.mjs runs as a worker thread only');
readPages(workerData.bytes).then(
  (pages) => port.postMessage({ ok: true, pages }),
  (error) => port.postMessage({ ok: false, name: String(error?.name ?? 'Error'), message: String(error?.message ?? error) }),
);
