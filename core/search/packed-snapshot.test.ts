// A packed snapshot must answer exactly like the JSON one it was packed from, whatever its
// strings hold, and a damaged file must be refused with what is wrong, not misread.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item } from '../schema.js';
import { ITEMS, LEXICON, makeItem } from '../../test/support/search-fixtures.js';
import { Engine } from './engine.js';
import { buildSearchEngine, loadSearchEngine, serializeSearchEngine } from './index.js';
import type { SearchParams } from './index.js';
import { PackedStrings, packSnapshot, unpackSnapshot } from './packed-snapshot.js';
import { parseSnapshot, postingStarts, type Snapshot } from './snapshot.js';

// Words and ids beyond ASCII (Czech, German, French), so that byte and character offsets differ.
const ACCENTED: Item[] = [
  makeItem('acc/přístup', 'Přístup obětí obchodování s lidmi ke spravedlnosti a odškodnění.'),
  makeItem('acc/förderung', 'Die Fachberatungsstellen für Betroffene von Menschenhandel erhalten Förderung.'),
  makeItem('acc/3', 'Le rapporteur national évalue la prévention de la traite des êtres humains.'),
];
const items = [...ITEMS, ...ACCENTED];
const json = serializeSearchEngine(buildSearchEngine(items, LEXICON));
const plain = parseSnapshot(json, items);
const packed = packSnapshot(plain, { shard: { index: 3 } });

const QUERIES: SearchParams[] = [
  { q: 'helplines children' },
  { q: '"child protection"' },
  { q: 'sextortion OR grooming -schools' },
  { q: 'THB', sort: 'year' },
  { q: 'helplnes', filters: { urgency: ['require'] } },
  { q: '', filters: { year: { from: 2020 } }, sort: 'deadline' },
  { q: 'children', limit: 3, offset: 2, facets: ['type', 'theme', 'year', 'document'] },
  { q: 'odškodnění přístup' },
  { q: 'Förderung Betroffene' },
  { q: 'prevention traite évalue' },
  { q: 'forderung' },
  { q: 'prace' },
];

describe('packed snapshot', () => {
  const { snapshot, extra } = unpackSnapshot(packed);

  it.each(QUERIES)('answers like the JSON snapshot: %o', (params) => {
    expect(new Engine(snapshot, items).search(params)).toEqual(loadSearchEngine(json, items).search(params));
  });

  it('gives back every term, printed form, number and id, and what was put in its head', () => {
    expect(extra).toEqual({ shard: { index: 3 } });
    expect(Array.from({ length: snapshot.ids.length }, (_, i) => snapshot.ids.at(i))).toEqual(plain.ids);
    expect(snapshot.ids.at(plain.ids.length)).toBeUndefined();
    expect(Array.from(snapshot.postingStarts!)).toEqual(Array.from(postingStarts(plain)));
    expect(Array.from({ length: snapshot.terms.length }, (_, i) => snapshot.terms.at(i))).toEqual(plain.terms);
    expect(Array.from({ length: snapshot.surfaces.length }, (_, i) => snapshot.surfaces.at(i))).toEqual(plain.surfaces);
    expect(plain.ids.some((id) => /[^\x00-\x7f]/.test(id))).toBe(true);
    expect(snapshot.terms.at(plain.terms.length)).toBeUndefined();
    expect(Array.from(snapshot.df)).toEqual(plain.df);
    expect(Array.from(snapshot.fingerprints)).toEqual(plain.fingerprints);
    expect(snapshot.lengths.map((l) => Array.from(l))).toEqual(plain.lengths);
    for (const [field, column] of Object.entries(plain.facets)) {
      const view = snapshot.facets[field as keyof Snapshot['facets']];
      expect({ values: view.values, start: Array.from(view.start), ids: Array.from(view.ids) }, field).toEqual(column);
    }
    expect(new TextDecoder().decode(snapshot.postings as Uint8Array)).toBe(plain.postings);
    // The rest, the lazily parsed refs, deadlines and answers among it, as the JSON snapshot has it.
    const read = { ids: 0, fingerprints: 0, lengths: 0, terms: 0, surfaces: 0, df: 0, postings: 0, postingStarts: 0, postingLengths: 0, facets: 0 };
    expect({ ...snapshot, ...read }).toEqual({ ...plain, ...read });
  });

  it('reads in place from an ArrayBuffer, and from a view at any offset', () => {
    const buffer = new ArrayBuffer(packed.byteLength);
    new Uint8Array(buffer).set(packed);
    expect((unpackSnapshot(buffer).snapshot.df as Uint32Array).buffer).toBe(buffer);
    const shifted = new Uint8Array(packed.length + 3);
    shifted.set(packed, 3);
    expect(new Engine(unpackSnapshot(shifted.subarray(3)).snapshot, items).search(QUERIES[0])).toEqual(new Engine(snapshot, items).search(QUERIES[0]));
  });

  it('orders and reads a packed list of strings as arrays of strings are ordered and read', () => {
    const words = ['', 'a', 'ab', 'abc', 'b', 'zz', 'z\u00e9', '\u00e9', '\u00e9t\u00e9', '\u4e2d', '\ud83d\ude00'].sort();
    const bytes = words.map((w) => new TextEncoder().encode(w));
    const offsets = new Uint32Array(words.length + 1);
    bytes.forEach((b, i) => { offsets[i + 1] = offsets[i] + b.length; });
    const joined = new Uint8Array(offsets[words.length]);
    bytes.forEach((b, i) => joined.set(b, offsets[i]));
    const list = new PackedStrings(joined, offsets);
    expect(list.all()).toEqual(words);
    expect(Array.from({ length: words.length }, (_, i) => list.at(i))).toEqual(words);
    const sign = (n: number) => Math.sign(n);
    for (const [i, own] of words.entries()) {
      for (const other of [...words, 'aa', 'zzz', '\u00e8', 'y']) expect(sign(list.compare(i, other)), `${own} vs ${other}`).toBe(own < other ? -1 : own > other ? 1 : 0);
    }
    const long = ['x'.repeat(5000), `${'y'.repeat(3000)}\u00e9`];
    const longBytes = long.map((w) => new TextEncoder().encode(w));
    expect(new PackedStrings(Uint8Array.from([...longBytes[0], ...longBytes[1]]), Uint32Array.of(0, longBytes[0].length, longBytes[0].length + longBytes[1].length)).all()).toEqual(long);
    expect(new PackedStrings(Uint8Array.from([...longBytes[0], ...longBytes[1]]), Uint32Array.of(0, longBytes[0].length, longBytes[0].length + longBytes[1].length)).at(0)).toBe(long[0]);
    const ascii = ['alpha', 'beta', 'gamma'];
    const asciiBytes = new TextEncoder().encode(ascii.join(''));
    expect(new PackedStrings(asciiBytes, Uint32Array.of(0, 5, 9, 14)).all()).toEqual(ascii);
  });

  it('is deterministic', () => {
    expect(Buffer.from(packSnapshot(parseSnapshot(json, items), { shard: { index: 3 } })).equals(Buffer.from(packed))).toBe(true);
  });

  it('carries extra numbers by name, read in place, and says when one was not packed', () => {
    const { extraNumbers, snapshot: withExtras } = unpackSnapshot(packSnapshot(plain, null, { parents: [0, 3, 1], empty: [] }));
    expect(Array.from(extraNumbers('parents')!)).toEqual([0, 3, 1]);
    expect(extraNumbers('empty')).toEqual(new Uint32Array(0));
    expect(extraNumbers('children')).toBeUndefined();
    expect(unpackSnapshot(packed).extraNumbers('parents')).toBeUndefined();
    expect(Array.from(withExtras.df)).toEqual(plain.df);
    expect(() => packSnapshot(plain, null, { parents: [1, -1] })).toThrow('cannot pack extra/parents: -1 at 1 is not a whole number below 2^32');
  });

  it('refuses what it cannot pack', () => {
    expect(() => packSnapshot({ ...plain, df: [1, -2] })).toThrow('cannot pack df: -2 at 1 is not a whole number below 2^32');
    expect(() => packSnapshot({ ...plain, fingerprints: [2 ** 32] })).toThrow('cannot pack fingerprints: 4294967296 at 0');
    expect(() => packSnapshot({ ...plain, postings: 'é' })).toThrow('cannot pack postings: the text is not ASCII');
  });

  it('refuses a file that is not one, is cut short, or is of another version', () => {
    expect(() => unpackSnapshot(new TextEncoder().encode(json))).toThrow('not a packed search snapshot (it does not start with MSP2)');
    const older = packed.slice();
    older.set(new TextEncoder().encode('MSP1'), 0);
    expect(() => unpackSnapshot(older)).toThrow('packed search snapshot is in format MSP1, this code reads MSP2: pack it again');
    expect(() => unpackSnapshot(packed.subarray(0, 100))).toThrow(/cut short: its head needs \d+ bytes, the file has 100/);
    expect(() => unpackSnapshot(packed.subarray(0, packed.length - 8))).toThrow(/cut short: section [\w/]+ ends past the file/);
    expect(() => unpackSnapshot(packSnapshot({ ...plain, v: plain.v - 1 }))).toThrow(`search snapshot version ${plain.v - 1} is not ${plain.v}`);
  });

  it('parses the lists that only the engine\'s construction reads when first read, not when unpacked', () => {
    const headLength = new DataView(packed.buffer, packed.byteOffset).getUint32(4, true);
    const head = JSON.parse(new TextDecoder().decode(packed.subarray(8, 8 + headLength))) as { sections: { name: string; offset: number }[] };
    const base = 8 + headLength + ((4 - ((8 + headLength) % 4)) % 4);
    for (const field of ['refs', 'deadlines', 'answers'] as const) {
      const damaged = packed.slice();
      damaged[base + head.sections.find((section) => section.name === `json/${field}`)!.offset] = '{'.charCodeAt(0);
      const view = unpackSnapshot(damaged).snapshot;
      expect(() => view[field], field).toThrow(`packed search snapshot's ${field} is not JSON`);
    }
  });

  it('maps ids to positions on the first lookup by id, and refuses repeated ids there', () => {
    const engine = new Engine(snapshot, items);
    expect(engine.positionOf(plain.ids[4])).toBe(4);
    expect(engine.itemById(plain.ids[4])).toBe(items[4]);
    expect(engine.positionOf('no/such-item')).toBeUndefined();
    const repeatedIds = [plain.ids[1], ...plain.ids.slice(1)];
    expect(() => packSnapshot({ ...plain, ids: repeatedIds })).toThrow('cannot pack the snapshot: it holds 1 repeated item ids');
    // A JSON snapshot is not packed: its repeats are refused when the map is built.
    expect(() => new Engine({ ...plain, ids: repeatedIds }, items).positionOf(plain.ids[1])).toThrow('the snapshot holds 1 repeated item ids');
  });

  it('answers like the seeds\' JSON snapshot', () => {
    const corpus = join(import.meta.dirname, '../../corpus');
    const seeds = JSON.parse(readFileSync(join(corpus, 'items.json'), 'utf8')) as Item[];
    const text = readFileSync(join(corpus, 'search-index.json'), 'utf8');
    const bytes = packSnapshot(parseSnapshot(text, seeds));
    const view = unpackSnapshot(bytes).snapshot;
    const parsed = parseSnapshot(text, seeds);
    expect(parsed.refs.length * parsed.deadlines.length * parsed.answers.length).toBeGreaterThan(0);
    expect([view.refs, view.deadlines, view.answers]).toEqual([parsed.refs, parsed.deadlines, parsed.answers]);
    const engine = new Engine(unpackSnapshot(bytes).snapshot, seeds);
    for (const q of ['helplines', 'child sexual abuse material', 'compensation victims trafficking', 'III-25', 'traffiking']) {
      expect(engine.search({ q, facets: ['type', 'body', 'year', 'theme'] }), q).toEqual(loadSearchEngine(text, seeds).search({ q, facets: ['type', 'body', 'year', 'theme'] }));
    }
  });
});
