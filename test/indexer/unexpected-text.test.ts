// Every reader meets text it does not expect: a stray paragraph, a table row, a shouted line,
// a list, an afterword. None of it may vanish: each inserted passage must be found in some
// item, and the document's loss stays under the build's limit.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentMeta } from '../../core/schema.js';
import { indexDocument } from '../../indexer/index-document.js';
import { DOCUMENT_KINDS } from '../../indexer/segment/registry.js';
import { genericKind } from '../../indexer/segment/generic/generic.js';
import { itemTexts } from '../../indexer/coverage/item-texts.js';
import { lettersOf } from '../../indexer/coverage/letters.js';

const manifest = JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as { documents: unknown[] };
const metas = manifest.documents.map((d) => DocumentMeta.parse(d));

const INSERTS = [
  'An unforeseen remark about quokka sanctuaries interrupts the document here and goes on for a sentence or two. It names no question, no task and no recommendation.',
  'Quokka census\tZanzibar\t1,204 animals',
  'QUOKKA WELFARE ANNEX',
  '- first quokka observation in a list\n- second quokka observation in a list',
  'Afterword on quokkas: this closing note was added by an editor and follows the last item of the document.',
];

/** Put the inserts at block boundaries a quarter, half and three quarters in, and at the end. */
function withInserts(text: string): string {
  const boundaries = [...text.matchAll(/\n\n(?=\S)/g)].map((m) => m.index);
  const at = [0.25, 0.5, 0.75, 0.85].map((f) => boundaries[Math.floor(boundaries.length * f)]);
  let out = text;
  for (let k = at.length - 1; k >= 0; k--) out = `${out.slice(0, at[k])}\n\n${INSERTS[k]}\n\n${out.slice(at[k] + 2)}`;
  return `${out.trimEnd()}\n\n${INSERTS[4]}\n`;
}

/** Each reader on its own seed; a kind no seed has reads another kind's seed, all of it unexpected. */
const cases = [...DOCUMENT_KINDS, genericKind].map((kind) => {
  const meta = metas.find((m) => m.kind === kind.kind) ?? metas[0];
  return { name: kind.kind, meta, kind };
});

describe('text a reader does not expect', () => {
  it('covers every kind', () => {
    expect(new Set(cases.map((c) => c.name))).toEqual(new Set([...DOCUMENT_KINDS.map((k) => k.kind), 'generic']));
  });

  it.each(cases)('$name keeps every inserted passage', ({ meta, kind }) => {
    const text = withInserts(readFileSync(`seeds/${meta.file}`, 'utf8'));
    const { items, report } = indexDocument({ meta, inferred: false, extracted: { text } }, kind, []);
    const said = items.flatMap(itemTexts).map(lettersOf).join('|');
    for (const insert of INSERTS) {
      for (const line of insert.split('\n')) {
        const letters = lettersOf(line.replace(/^- /, ''));
        expect(said.includes(letters) || letters.split('').length === 0, `"${line}" is in no item`).toBe(true);
      }
    }
    expect(report.loss.lostShare, report.loss.lostLines.join('\n')).toBeLessThan(0.01);
  });
});
