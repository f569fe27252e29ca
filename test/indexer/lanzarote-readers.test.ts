// The Lanzarote readers as a whole: detection picks each seed's own kind among all kinds
// (two kinds were added beside the seeds'), and every reader, fed a text it does not expect,
// keeps all of it in items (nothing vanishes, nothing is left for the title page alone).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentMeta } from '../../core/schema.js';
import { indexDocument } from '../../indexer/index-document.js';
import { chooseKind, kindByName } from '../../indexer/segment/registry.js';

const manifest = (JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as { documents: unknown[] }).documents.map((d) => DocumentMeta.parse(d));

describe('detection among all kinds', () => {
  it.each(manifest.map((m) => [m.file, m.kind]))('%s is read as %s', (file, kind) => {
    const choice = chooseKind(readFileSync(`seeds/${file}`, 'utf8'));
    expect(choice.kind.kind, choice.detection.evidence.join('; ')).toBe(kind);
    expect(choice.detection.evidence.length).toBeGreaterThan(0);
  });
});

const UNEXPECTED = [
  'Annual activity report of the Secretariat',
  '',
  'The Secretariat organised four meetings in 2020 and prepared two opinions, which the Committee adopted after a written procedure.',
  '',
  '- a bullet standing under no heading;',
  '- another bullet, with a footnote marker.¹',
  '',
  'Table 1\tReplies received',
  'Parties\t43',
  '',
  '1. A numbered list item outside any question or paragraph sequence.',
  '2. Another numbered item of the same list.',
  '',
  'Closing remarks without any structure at all, long enough to be running text of their own, end the report.',
  '',
  '¹ A note at the bottom of the page.',
  '',
].join('\n');

describe.each(['factsheet', 'implementation-report', 'questionnaire-reply', 'questionnaire-compilation'])('the %s reader fed a text it does not expect', (kindName) => {
  const meta = DocumentMeta.parse({ id: 'unexpected', file: 'unexpected.txt', title: 'Unexpected', body: 'Lanzarote Committee', kind: kindName, format: 'txt' });
  const indexed = indexDocument({ meta, inferred: false, extracted: { text: UNEXPECTED } }, kindByName(kindName)!, []);

  it('keeps every line in an item or the title page', () => {
    expect(indexed.report.loss.lostLines).toEqual([]);
    expect(indexed.report.loss.lostShare).toBe(0);
  });

  it('gives items, not a title page only', () => {
    expect(indexed.items.length).toBeGreaterThan(0);
    expect(indexed.items.map((i) => i.text).join(' ')).toContain('Closing remarks without any structure');
  });
});
