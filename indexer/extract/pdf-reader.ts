// Page text items of a PDF, read by pdf-worker.mjs in a worker thread under a time and
// memory bound, with failures turned into ExtractErrors a person can act on.
import { Worker } from 'node:worker_threads';
import { ExtractError } from './errors.js';

export interface PdfTextItem {
  str: string;
  /** Left edge of the text, in points from the left of the page. */
  x: number;
  /** Baseline, in points from the top of the page (grows downwards). */
  y: number;
  width: number;
  fontSize: number;
  bold: boolean;
  italic: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

export interface ReadPdfOptions {
  /** A PDF that takes longer than this to read is reported as 'timeout', not waited for. */
  timeoutMs?: number;
}

export const DEFAULT_PDF_TIMEOUT_MS = 30_000;
/** Heap for the worker: a PDF that needs more is reported, not allowed to take the indexer down. */
const WORKER_HEAP_MB = 1024;

type WorkerReply = { ok: true; pages: PdfPage[] } | { ok: false; name: string; message: string };

export function readPdfPages(bytes: Uint8Array, name: string, options: ReadPdfOptions = {}): Promise<PdfPage[]> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pdf-worker.mjs', import.meta.url), {
      // A copy: pdf.js may detach the buffer it is given, and the caller keeps its bytes.
      workerData: { bytes: bytes.slice() },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => {
      finish(() => reject(new ExtractError('timeout', name, `reading the PDF took longer than ${timeoutMs / 1000} s; the file may be damaged or unusually complex`)));
    }, timeoutMs);
    worker.once('message', (reply: WorkerReply) => {
      finish(() => (reply.ok ? resolve(checkPages(reply.pages, name)) : reject(classifyPdfError(reply.name, reply.message, bytes, name))));
    });
    worker.once('error', (error: Error & { code?: string }) => {
      const detail = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `reading the PDF needed more than ${WORKER_HEAP_MB} MB of memory`
        : `the PDF reader failed (${error.message.slice(0, 200)})`;
      finish(() => reject(new ExtractError('unreadable', name, detail)));
    });
    worker.once('exit', (code) => {
      finish(() => reject(new ExtractError('unreadable', name, `the PDF reader stopped without an answer (exit code ${code})`)));
    });
  });
}

/** The worker is plain JavaScript: make sure what it sent has the shape the layout reads. */
function checkPages(pages: unknown, name: string): PdfPage[] {
  const ok = Array.isArray(pages) && pages.every((p) =>
    p && typeof p.width === 'number' && typeof p.height === 'number' && Array.isArray(p.items) &&
    p.items.every((it: PdfTextItem) => typeof it.str === 'string' && Number.isFinite(it.x) && Number.isFinite(it.y) && Number.isFinite(it.fontSize)));
  if (!ok) throw new ExtractError('unreadable', name, 'the PDF reader returned pages in an unexpected shape');
  return pages as PdfPage[];
}

/** pdf.js error names (through pdf-parse): PasswordException, InvalidPDFException, FormatError, … */
export function classifyPdfError(errorName: string, message: string, bytes: Uint8Array, name: string): ExtractError {
  if (/password/i.test(errorName) || /password|encrypt/i.test(message)) {
    return new ExtractError('encrypted', name, 'the PDF is encrypted (password-protected); save an unprotected copy and index that');
  }
  if (!endsWithEofMarker(bytes)) {
    return new ExtractError('truncated', name, `the PDF is truncated (no %%EOF end marker after ${bytes.length} bytes); download or copy it again`);
  }
  return new ExtractError('unreadable', name, `pdf.js could not read the PDF (${errorName}: ${message.slice(0, 200)}); try re-saving it with a PDF tool`);
}

/** A complete PDF ends with "%%EOF" (some writers add a few bytes of padding after it). */
export function endsWithEofMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return tail.includes('%%EOF');
}
