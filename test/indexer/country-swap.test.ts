// The readers read structure, not one country's words: each seed with every country name,
// city, institution and currency swapped for another Party's gives items of the same
// structure — the same ids, types, numbers, gradings, addressees, links, citations, task
// fields' shapes and footnotes — and loses no more text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentMeta, type Item } from '../../core/schema.js';
import { indexDocument } from '../../indexer/index-document.js';
import { kindByName } from '../../indexer/segment/registry.js';
import { readCommitments } from '../../indexer/analysis/commitments.js';
import { swapCountry } from '../support/country-swap.js';

const manifest = JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as { documents: unknown[] };
const metas = manifest.documents.map((d) => DocumentMeta.parse(d));

function structure(item: Item) {
  return {
    id: item.id,
    type: item.type,
    number: item.number,
    urgency: item.urgency,
    urgencyVerb: item.urgencyVerb,
    addressee: item.addressee,
    parentId: item.parentId,
    respondsTo: item.respondsTo,
    refs: item.refs,
    footnotes: item.footnotes?.map((f) => f.n),
    commitment: item.commitment,
    status: item.status,
    deadline: item.deadline,
    responsible: item.responsible?.length,
    cooperating: item.cooperating?.length,
    section: item.section?.length,
  };
}

function index(meta: DocumentMeta, text: string) {
  return indexDocument({ meta, inferred: false, extracted: { text } }, kindByName(meta.kind)!, []);
}

describe('seeds with another country swapped in', () => {
  it.each(metas.map((meta) => ({ meta, id: meta.id })))('$id reads the same', ({ meta }) => {
    const original = readFileSync(`seeds/${meta.file}`, 'utf8');
    const swapped = swapCountry(original);
    expect(swapped).not.toBe(original);
    const before = index(meta, original);
    const after = index(meta, swapped);
    expect(after.items.map(structure)).toEqual(before.items.map(structure));
    expect(after.report.loss.lostShare).toBeLessThanOrEqual(before.report.loss.lostShare + 0.0005);
    // Commitments found in replies: the same promises, each with an actor when it had one.
    expect(readCommitments(after.items).map(structure)).toEqual(readCommitments(before.items).map(structure));
  });
});
