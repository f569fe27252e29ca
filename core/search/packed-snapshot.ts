// A snapshot as one binary file, for Workers whose snapshot is large (a shard at series scale):
// parsing the JSON form creates every term, printed form and number as a JavaScript value
// when the isolate starts, which at 95,000 terms took longer than the 50 ms a cold start is
// allowed. Packed, the large lists stay bytes that the engine reads in place (typed views over
// the module's ArrayBuffer, strings decoded when looked up); only a small JSON head is parsed.
//
// Layout: "MSP1", the head's byte length (uint32), the head (UTF-8 JSON: the small fields,
// what the caller adds, and where each section lies), then the sections, each at a multiple
// of 4 bytes from the start so that a Uint32Array can view it without a copy.
//   u32     whole numbers ≥ 0 (document frequencies, fingerprints, field lengths, facet columns)
//   bytes   the postings text, ASCII (number-text.ts)
//   strings UTF-8 bytes of every string, one after another, and a u32 section of offsets
//           (the item ids, read whole, are one UTF-8 text of lines instead)
import { compareText, FIELDS, SNAPSHOT_VERSION, type Snapshot, type SnapshotView, type StringList, type WholeNumbers } from './snapshot.js';
import type { FacetColumnsView } from './facets.js';

const MAGIC = 'MSP1';

interface Section { name: string; kind: 'u32' | 'bytes'; offset: number; length: number }

interface Head { extra: unknown; small: Omit<Snapshot, PackedField>; sections: Section[]; facetValues: Record<string, string[]> }

type PackedField = 'ids' | 'fingerprints' | 'lengths' | 'terms' | 'surfaces' | 'df' | 'postings' | 'facets';

const littleEndian = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
const utf8 = new TextEncoder();
const decoder = new TextDecoder();

/** Strings kept as UTF-8 bytes and offsets; each is decoded when asked for. */
export class PackedStrings implements StringList {
  readonly length: number;
  constructor(private readonly bytes: Uint8Array, private readonly offsets: Uint32Array) {
    this.length = offsets.length - 1;
  }

  at(index: number): string | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    return decodeShort(this.bytes, this.offsets[index], this.offsets[index + 1]);
  }

  /**
   * The string at `index` against `text` in code-unit order (as `<` compares strings), without
   * making a string for each step of a binary search: ASCII (every folded term) is compared
   * byte by byte; an entry with other bytes is decoded and compared as a string.
   */
  compare(index: number, text: string): number {
    const start = this.offsets[index];
    const end = this.offsets[index + 1];
    for (let i = start; i < end; i++) if (this.bytes[i] >= 0x80) return compareText(this.at(index)!, text);
    const common = Math.min(end - start, text.length);
    for (let j = 0; j < common; j++) {
      // An ASCII byte below any other code unit is below it in code-unit order too.
      const difference = this.bytes[start + j] - text.charCodeAt(j);
      if (difference !== 0) return difference;
    }
    return end - start - text.length;
  }

  /**
   * Every string (typo correction scans the whole vocabulary): one decode of all the bytes cut
   * at the offsets when the text is ASCII, whose byte and character offsets agree, as folded
   * terms are; one decode per string otherwise.
   */
  all(): string[] {
    const text = decoder.decode(this.bytes.subarray(this.offsets[0], this.offsets[this.length]));
    if (text.length === this.offsets[this.length] - this.offsets[0]) {
      const base = this.offsets[0];
      return Array.from({ length: this.length }, (_, i) => text.slice(this.offsets[i] - base, this.offsets[i + 1] - base));
    }
    return Array.from({ length: this.length }, (_, i) => this.at(i)!);
  }
}

/**
 * One short string of the bytes: ASCII (every folded term) is read here in JavaScript, the rest
 * by TextDecoder, whose every call crosses into the runtime (a printed form for display, an
 * entry of a list that is not ASCII).
 */
function decodeShort(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) {
    const byte = bytes[i];
    if (byte >= 0x80) return decoder.decode(bytes.subarray(start, end));
    text += String.fromCharCode(byte);
  }
  return text;
}

/**
 * The snapshot packed, with `extra` (any JSON value, e.g. a shard's header) in its head and
 * `extraNumbers` (whole numbers below 2^32 per name, e.g. a shard's parent links) as sections
 * read in place like the snapshot's own.
 */
export function packSnapshot(snapshot: Snapshot, extra: unknown = null, extraNumbers: Record<string, readonly number[]> = {}): Uint8Array {
  if (!littleEndian) throw new Error('packed snapshots are little-endian; this machine is not');
  const sections: Section[] = [];
  const parts: Uint8Array[] = [];
  let offset = 0;
  const add = (name: string, kind: Section['kind'], bytes: Uint8Array, length: number) => {
    const pad = (4 - (offset % 4)) % 4;
    if (pad) parts.push(new Uint8Array(pad));
    offset += pad;
    sections.push({ name, kind, offset, length });
    parts.push(bytes);
    offset += bytes.byteLength;
  };
  const numbers = (name: string, list: readonly number[]) => {
    const packed = Uint32Array.from(list);
    list.forEach((n, i) => { if (packed[i] !== n) throw new Error(`cannot pack ${name}: ${n} at ${i} is not a whole number below 2^32`); });
    add(name, 'u32', new Uint8Array(packed.buffer), packed.length);
  };
  const strings = (name: string, list: readonly string[]) => {
    const encoded = list.map((text) => utf8.encode(text));
    const offsets = new Uint32Array(encoded.length + 1);
    encoded.forEach((bytes, i) => { offsets[i + 1] = offsets[i] + bytes.length; });
    const joined = new Uint8Array(offsets[encoded.length]);
    encoded.forEach((bytes, i) => joined.set(bytes, offsets[i]));
    add(name, 'bytes', joined, joined.length);
    add(`${name}/offsets`, 'u32', new Uint8Array(offsets.buffer), offsets.length);
  };
  // Ids are read whole (the engine maps every one), so they go as one text of lines: one decode and one split.
  const badId = snapshot.ids.findIndex((id) => id.includes('\n'));
  if (badId >= 0) throw new Error(`cannot pack item id ${JSON.stringify(snapshot.ids[badId])}: it holds a line break`);
  const idLines = utf8.encode(snapshot.ids.join('\n'));
  add('ids', 'bytes', idLines, idLines.length);
  numbers('fingerprints', snapshot.fingerprints);
  snapshot.lengths.forEach((lengths, field) => numbers(`lengths/${field}`, lengths));
  strings('terms', snapshot.terms);
  strings('surfaces', snapshot.surfaces);
  numbers('df', snapshot.df);
  const postings = utf8.encode(snapshot.postings);
  if (postings.length !== snapshot.postings.length) throw new Error('cannot pack postings: the text is not ASCII');
  add('postings', 'bytes', postings, postings.length);
  const facetValues: Record<string, string[]> = {};
  for (const [field, column] of Object.entries(snapshot.facets)) {
    facetValues[field] = column.values;
    numbers(`facets/${field}/start`, column.start);
    numbers(`facets/${field}/ids`, column.ids);
  }
  for (const [name, list] of Object.entries(extraNumbers)) numbers(`extra/${name}`, list);
  const { ids, fingerprints, lengths, terms, surfaces, df, postings: _, facets, ...small } = snapshot;
  const head = utf8.encode(JSON.stringify({ extra, small, sections, facetValues } satisfies Head));
  const start = align(8 + head.length);
  const out = new Uint8Array(start + offset);
  out.set(utf8.encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, head.length, true);
  out.set(head, 8);
  let at = start;
  for (const part of parts) { out.set(part, at); at += part.byteLength; }
  return out;
}

/** What unpackSnapshot reads: the snapshot's views, the head's `extra` and the extra numbers by name (undefined when not packed). */
export interface UnpackedSnapshot {
  snapshot: SnapshotView;
  extra: unknown;
  extraNumbers(name: string): Uint32Array | undefined;
}

/** The packed snapshot's views and its extras; `data` is the file's bytes (a Data module's ArrayBuffer). */
export function unpackSnapshot(data: ArrayBuffer | ArrayBufferView): UnpackedSnapshot {
  if (!littleEndian) throw new Error('packed snapshots are little-endian; this machine is not');
  let bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  // A Uint32Array view needs its offset in the buffer to be a multiple of 4 (a pooled Node Buffer may not be).
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  if (bytes.length < 8 || decoder.decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error(`not a packed search snapshot (it does not start with ${MAGIC})`);
  const headLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  if (8 + headLength > bytes.length) throw new Error(`packed search snapshot is cut short: its head needs ${8 + headLength} bytes, the file has ${bytes.length}`);
  const head = JSON.parse(decoder.decode(bytes.subarray(8, 8 + headLength))) as Head;
  const { small } = head;
  if (small?.v !== SNAPSHOT_VERSION) throw new Error(`search snapshot version ${String(small?.v)} is not ${SNAPSHOT_VERSION}: rebuild the corpus with the indexer`);
  if (small.fields?.join() !== FIELDS.join()) throw new Error(`search snapshot indexes fields ${String(small.fields)}, this code expects ${FIELDS.join()}: rebuild the corpus with the indexer`);
  const base = bytes.byteOffset + align(8 + headLength);
  const byName = new Map(head.sections.map((section) => [section.name, section]));
  const section = (name: string, kind: Section['kind']): Section => {
    const found = byName.get(name);
    if (!found || found.kind !== kind) throw new Error(`packed search snapshot has no ${kind} section ${name}: pack it again`);
    const end = base + found.offset + found.length * (kind === 'u32' ? 4 : 1);
    if (end > bytes.byteOffset + bytes.length) throw new Error(`packed search snapshot is cut short: section ${name} ends past the file`);
    return found;
  };
  const u32 = (name: string): Uint32Array => { const { offset, length } = section(name, 'u32'); return new Uint32Array(bytes.buffer, base + offset, length); };
  const raw = (name: string): Uint8Array => { const { offset, length } = section(name, 'bytes'); return new Uint8Array(bytes.buffer, base + offset, length); };
  const strings = (name: string) => new PackedStrings(raw(name), u32(`${name}/offsets`));
  const facets = Object.fromEntries(Object.entries(head.facetValues).map(([field, values]) =>
    [field, { values, start: u32(`facets/${field}/start`), ids: u32(`facets/${field}/ids`) }])) as unknown as FacetColumnsView; // FacetTable names a missing column
  const snapshot: SnapshotView = {
    ...small,
    ids: small.n === 0 ? [] : decoder.decode(raw('ids')).split('\n'),
    fingerprints: u32('fingerprints'),
    lengths: FIELDS.map((_, field) => u32(`lengths/${field}`)) as WholeNumbers[],
    terms: strings('terms'),
    surfaces: strings('surfaces'),
    df: u32('df'),
    postings: raw('postings'),
    facets,
  };
  const extraNumbers = (name: string) => (byName.has(`extra/${name}`) ? u32(`extra/${name}`) : undefined);
  return { snapshot, extra: head.extra, extraNumbers };
}

const align = (n: number) => n + ((4 - (n % 4)) % 4);
