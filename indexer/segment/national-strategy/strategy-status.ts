// Fulfilment of an evaluated task, from the evaluation's own wording ("Task goals have been
// met partially.", "Not met", "réalisée d'une autre manière"). The series vocabulary lists the
// wording per status in the order the rules must be tried: "not met" and "met in a different
// manner" both contain "met", "non réalisée" contains "réalisée".
import type { Item } from '../../../core/schema.js';
import { VOCABULARY } from './strategy-labels.js';

export type FulfilmentStatus = NonNullable<Item['status']>;

export function fulfilmentStatus(wording: string | undefined): FulfilmentStatus | undefined {
  if (!wording) return undefined;
  return VOCABULARY.statuses.find((r) => r.patterns.some((p) => p.test(wording)))?.status;
}
