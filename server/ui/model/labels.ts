// Words people read instead of the API's ids: item types, urgency grades, statuses, facets.
import type { AnyFacetField } from '../../../core/search/types.js';
import { THEMES } from '../../../core/themes.js';
import { capitalise, typeLabel, typePluralLabel } from '../../../core/citation.js';

// Item types are named the same on the page, in the feed and in the MCP tools.
export { typeLabel, typePluralLabel };

/** Lanzarote grading, strongest first: the verb the Committee used. */
export const URGENCY_ORDER = ['require', 'request', 'invite'] as const;
export const URGENCY_LABELS: Record<string, { label: string; explanation: string }> = {
  require: { label: 'Requires', explanation: 'Strongest grade: the Party is required to act' },
  request: { label: 'Requests', explanation: 'Middle grade: the Party is requested to act' },
  invite: { label: 'Invites', explanation: 'Mildest grade: the Party is invited to act' },
};
export const urgencyLabel = (urgency: string): string => URGENCY_LABELS[urgency]?.label ?? capitalise(urgency);

export const STATUS_LABELS: Record<string, string> = {
  met: 'Met',
  partially: 'Partially met',
  'not-met': 'Not met',
  different: 'Met differently',
};
export const statusLabel = (status: string): string => STATUS_LABELS[status] ?? capitalise(status);

/** The reported fulfilment as the fulfilment filter names it (partially-met is the status `partially`). */
const FULFILMENT_LABELS: Record<string, string> = { ...STATUS_LABELS, 'partially-met': STATUS_LABELS.partially };
export const fulfilmentLabel = (value: string): string => FULFILMENT_LABELS[value] ?? capitalise(value.replace(/-/g, ' '));

/** The State's position on a review recommendation. */
const POSITION_LABELS: Record<string, string> = { supported: 'Supported', noted: 'Noted' };
export const positionLabel = (position: string): string => POSITION_LABELS[position] ?? capitalise(position);

const ADDRESSEE_LABELS: Record<string, string> = { state: 'This country', 'all-parties': 'All Parties' };
export const addresseeLabel = (addressee: string): string => ADDRESSEE_LABELS[addressee] ?? capitalise(addressee);
const COMMITMENT_LABELS: Record<string, string> = { true: 'Commitments', false: 'Other statements' };

/** Document kinds the indexer has a reader for; any other kind is named by its id. */
const KIND_LABELS: Record<string, string> = {
  factsheet: 'Monitoring factsheet',
  'greta-reply': 'Reply to GRETA / Committee of the Parties',
  'questionnaire-reply': 'Reply to a monitoring questionnaire',
  'national-strategy': 'National strategy',
  'global-alliance-report': 'Report to the Global Alliance',
  'implementation-report': 'Implementation report',
  'greta-report': 'GRETA evaluation report',
  'questionnaire-compilation': 'Compilation of replies to a questionnaire',
  'upr-report': 'Universal Periodic Review: report of the Working Group',
  'upr-positions': 'Universal Periodic Review: views of the State under review',
  'upr-submission': 'Universal Periodic Review: national report or summary',
  'un-observations': 'UN compilation or concluding observations',
  generic: 'Other document',
};
export const kindLabel = (kind: string): string => KIND_LABELS[kind] ?? capitalise(kind.replace(/-/g, ' '));

const themeLabels = new Map<string, string>(THEMES.map((t) => [t.id, t.label]));
export const themeLabel = (id: string): string => themeLabels.get(id) ?? capitalise(id.replace(/-/g, ' '));

/** "1 recommendation", "3 recommendations". */
export const countOf = (count: number, type: string): string =>
  `${count.toLocaleString('en-GB')} ${(count === 1 ? typeLabel(type) : typePluralLabel(type)).toLowerCase()}`;

export const FACET_TITLES: Record<AnyFacetField, string> = {
  type: 'Type',
  urgency: 'Urgency',
  body: 'Monitoring body',
  year: 'Year',
  theme: 'Theme',
  document: 'Document',
  addressee: 'Addressed to',
  commitment: 'Commitment',
  fulfilment: 'Fulfilment',
  responsible: 'Responsible',
  recommendingState: 'Recommended by',
  position: 'Position of the State',
};

/** How a facet value reads; documents are named by their short title (see documents.ts). */
export function facetValueLabel(field: AnyFacetField, value: string, documentName: (id: string) => string): string {
  switch (field) {
    case 'fulfilment': return fulfilmentLabel(value);
    case 'position': return positionLabel(value);
    case 'type': return typePluralLabel(value);
    case 'urgency': return urgencyLabel(value);
    case 'theme': return themeLabel(value);
    case 'document': return documentName(value);
    case 'addressee': return addresseeLabel(value);
    case 'commitment': return COMMITMENT_LABELS[value] ?? value;
    case 'year': return yearLabel(value);
    default: return value;
  }
}

/** "2018", or a range as the API writes it ("2018..2023", "..2019", "2020..") in words. */
export function yearLabel(value: string): string {
  const range = /^(\d{4})?\.\.(\d{4})?$/.exec(value);
  if (!range) return value;
  const [, from, to] = range;
  if (from && to) return `${from}–${to}`;
  return from ? `${from} onwards` : `Up to ${to}`;
}

/** "para:73" → "Cites paragraph 73"; "III-25" → "Cites recommendation III-25". */
export function refFilterLabel(ref: string): string {
  const paragraph = /^para:(\d+)$/i.exec(ref);
  return paragraph ? `Cites paragraph ${paragraph[1]}` : `Cites recommendation ${ref}`;
}
