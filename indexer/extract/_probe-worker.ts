import { parentPort, workerData } from 'node:worker_threads';
import { PDFParse } from 'pdf-parse';
const p = new PDFParse({ data: workerData as Uint8Array });
const doc = await (p as unknown as { load(): Promise<{ numPages: number }> }).load();
parentPort!.postMessage({ pages: doc.numPages });
await p.destroy();
