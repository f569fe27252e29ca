// Gold items of fixtures/factsheet-r2-markdown-ru-2023.txt, read off the document by hand: a
// 2nd-round factsheet as a conversion to Markdown prints it, "#" headings and "*" bullets.
// Written for this test in the layout of the series' factsheets; not the text of any
// published factsheet.
import type { GoldDocument } from '../../../test/support/fixture-gold.js';

const LAW = ['II. Legal frameworks', 'Observations and recommendations of the Committee on the legal framework specific to Ruritania'];

export const FACTSHEET_R2_MARKDOWN: GoldDocument = {
  file: 'factsheet-r2-markdown-ru-2023.txt',
  meta: { id: 'lanzarote-factsheet-r2-ru-2023', title: 'Lanzarote Committee factsheet – Ruritania (2nd monitoring round)', body: 'Lanzarote Committee', year: 2023, round: '2nd monitoring round', country: 'RU', kind: 'factsheet' },
  traps: [
    'headings marked "#", "##", "###": the marks are markup, the chapter is "II. Legal frameworks"',
    'recommendations as "*" bullets: the bullet is not part of the text',
    'a recommendation alone under chapter III, with no sub-heading: its section is chapter III only',
  ],
  items: [
    { key: 'para/I/1', type: 'paragraph', starts: 'The Lanzarote Committee monitors the implementation of the Convention', ends: 'in thematic monitoring rounds.', section: ['I. Introduction'] },
    { key: 'obs/II/1', type: 'observation', starts: 'The Committee observes that in Ruritania children below the age of 14', footnotes: [1], section: LAW },
    { key: 'rec/II-6', type: 'recommendation', starts: 'The Committee requests that Ruritania ensures in its legal framework', ends: 'their own self-generated images.', urgency: 'request', urgencyVerb: 'requests', addressee: 'state', footnotes: [2], section: LAW, lacks: ['*'] },
    { key: 'rec/II-2', type: 'recommendation', starts: 'The Committee also invites Ruritania to introduce explicit references', urgency: 'invite', urgencyVerb: 'invites', addressee: 'state', footnotes: [3], section: LAW },
    { key: 'rec/III-8', type: 'recommendation', starts: 'The Committee requires Ruritania to ensure that law enforcement units', urgency: 'require', urgencyVerb: 'requires', addressee: 'state', footnotes: [4], section: ['III. Investigations and prosecution'] },
  ],
};
