// A snapshot as one binary file, for Workers whose snapshot is large (a shard at series scale):
// parsing the JSON form creates every term, printed form and number as a JavaScript value
// when the isolate starts, which at 95,000 terms took longer than the 50 ms a cold start is
// allowed. Packed, the large lists stay bytes that the engine reads in place (typed views over
// the module's ArrayBuffer, strings decoded when looked up); only a small JSON head is parsed.
//
// Nothing that grows with the corpus is parsed or decoded while the isolate starts, so a
// shard's start-up stays flat as it grows (it decided a shard's size until then): the item ids
// are decoded one by one when a hit or a lookup needs them (the id map, on the first lookup by
// id: a page showing an answer's question); the lists that only the engine's
// construction reads (cited references, deadlines, answers) are JSON texts parsed when first
// read, which is a Worker's first request, not its start-up.
//
// Layout: "MSP2", the head's byte length (uint32), the head (UTF-8 JSON: the small fields,
// what the caller adds, and where each section lies), then the sections, each at a multiple
// of 4 bytes from the start so that a Uint32Array can view it without a copy.
//   u32     whole numbers ≥ 0 (document frequencies, fingerprints, field lengths, facet columns,
//           where each term's postings start)
//   bytes   the postings text, ASCII (number-text.ts); and json/<field>, a field's JSON text
//   strings UTF-8 bytes of every string, one after another, and a u32 section of offsets
import { compareText, FIELDS, postingStarts, SNAPSHOT_VERSION, type Snapshot, type SnapshotView, type StringList, type WholeNumbers } from './snapshot.js';
import type { FacetColumnsView } from './facets.js';

const MAGIC = 'MSP2';

interface Section { name: string; kind: 'u32' | 'bytes'; offset: number; length: number }

interface Head { extra: unknown; small: Omit<Snapshot, PackedField | LazyField>; sections: Section[]; facetValues: Record<string, string[]> }

type PackedField = 'ids' | 'fingerprints' | 'lengths' | 'terms' | 'surfaces' | 'df' | 'postings' | 'postingLengths' | 'facets';

/** Read by the engine's construction only, each a JSON section parsed on first read. */
const LAZY_FIELDS = ['refs', 'deadlines', 'answers'] as const;
type LazyField = (typeof LAZY_FIELDS)[number];

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
 * One short string of the bytes: ASCII (every folded term, most ids) is read here in JavaScript,
 * the rest by TextDecoder, whose every call crosses into the runtime (a printed form for display,
 * an entry of a list that is not ASCII). The ASCII string is made in one call, flat: appended a
 * character at a time it would be a rope of one node per character, and 90,400 ids kept that
 * way in a shard's id map held 77 MiB of its isolate's 128 MB.
 */
function decodeShort(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > SHORT_MAX) return decoder.decode(bytes.subarray(start, end));
  for (let i = start; i < end; i++) if (bytes[i] >= 0x80) return decoder.decode(bytes.subarray(start, end));
  return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
}

/** Longer strings go to TextDecoder: fromCharCode.apply takes its bytes as call arguments. */
const SHORT_MAX = 1024;

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
  const repeated = snapshot.ids.length - new Set(snapshot.ids).size;
  if (repeated > 0) throw new Error(`cannot pack the snapshot: it holds ${repeated} repeated item ids`);
  strings('ids', snapshot.ids);
  numbers('fingerprints', snapshot.fingerprints);
  snapshot.lengths.forEach((lengths, field) => numbers(`lengths/${field}`, lengths));
  strings('terms', snapshot.terms);
  strings('surfaces', snapshot.surfaces);
  numbers('df', snapshot.df);
  const postings = utf8.encode(snapshot.postings);
  if (postings.length !== snapshot.postings.length) throw new Error('cannot pack postings: the text is not ASCII');
  add('postings', 'bytes', postings, postings.length);
  numbers('postingStarts', Array.from(postingStarts(snapshot)));
  for (const field of LAZY_FIELDS) {
    const text = utf8.encode(JSON.stringify(snapshot[field]));
    add(`json/${field}`, 'bytes', text, text.length);
  }
  const facetValues: Record<string, string[]> = {};
  for (const [field, column] of Object.entries(snapshot.facets)) {
    facetValues[field] = column.values;
    numbers(`facets/${field}/start`, column.start);
    numbers(`facets/${field}/ids`, column.ids);
  }
  for (const [name, list] of Object.entries(extraNumbers)) numbers(`extra/${name}`, list);
  const { ids, fingerprints, lengths, terms, surfaces, df, postings: _, postingLengths, facets, refs, deadlines, answers, ...small } = snapshot;
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
  const magic = bytes.length < 8 ? '' : decoder.decode(bytes.subarray(0, 4));
  if (/^MSP\d$/.test(magic) && magic !== MAGIC) throw new Error(`packed search snapshot is in format ${magic}, this code reads ${MAGIC}: pack it again (write the shards again)`);
  if (magic !== MAGIC) throw new Error(`not a packed search snapshot (it does not start with ${MAGIC})`);
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
    ids: strings('ids'),
    fingerprints: u32('fingerprints'),
    lengths: FIELDS.map((_, field) => u32(`lengths/${field}`)) as WholeNumbers[],
    terms: strings('terms'),
    surfaces: strings('surfaces'),
    df: u32('df'),
    postings: raw('postings'),
    postingStarts: u32('postingStarts'),
    facets,
  } as Omit<SnapshotView, LazyField> as SnapshotView;
  defineLazyFields(snapshot, raw);
  if (snapshot.ids.length !== small.n) throw new Error(`packed search snapshot holds ${snapshot.ids.length} item ids for ${small.n} items: pack it again`);
  if (snapshot.postingStarts!.length !== snapshot.terms.length + 1) throw new Error(`packed search snapshot has postings for ${snapshot.postingStarts!.length - 1} terms, not ${snapshot.terms.length}: pack it again`);
  const extraNumbers = (name: string) => (byName.has(`extra/${name}`) ? u32(`extra/${name}`) : undefined);
  return { snapshot, extra: head.extra, extraNumbers };
}

const align = (n: number) => n + ((4 - (n % 4)) % 4);

/**
 * The lazy fields as getters on `snapshot` (a spread would read them): each section is checked
 * now (it exists), parsed on first read, then kept.
 */
function defineLazyFields(snapshot: SnapshotView, raw: (name: string) => Uint8Array): void {
  for (const field of LAZY_FIELDS) {
    const bytes = raw(`json/${field}`);
    let parsed: unknown;
    Object.defineProperty(snapshot, field, {
      enumerable: true,
      get: () => {
        if (parsed === undefined) {
          try {
            parsed = JSON.parse(decoder.decode(bytes));
          } catch (err) {
            throw new Error(`packed search snapshot's ${field} is not JSON (${(err as Error).message}): pack it again`);
          }
          if (!Array.isArray(parsed)) throw new Error(`packed search snapshot's ${field} is not a list: pack it again`);
        }
        return parsed;
      },
    });
  }
}
