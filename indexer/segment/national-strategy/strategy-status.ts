// Fulfilment of an evaluated task, from the evaluation's own wording ("Task goals have been
// met partially.", "… have not been met.", "… met in a different manner."). The order of the
// rules matters: "not met" and "met in a different manner" both contain "met".
import type { Item } from '../../../core/schema.js';

export type FulfilmentStatus = NonNullable<Item['status']>;

const STATUS_RULES: readonly { status: FulfilmentStatus; pattern: RegExp }[] = [
  { status: 'different', pattern: /\b(?:in a different (?:manner|way)|differently|otherwise|by other means)\b/i },
  { status: 'not-met', pattern: /\bnot\s+(?:been\s+)?(?:met|fulfilled|achieved)\b|\bunmet\b|\bunfulfilled\b/i },
  { status: 'partially', pattern: /\bpartial(?:ly)?\b/i },
  { status: 'met', pattern: /\b(?:met|fulfilled|achieved)\b/i },
];

export function fulfilmentStatus(wording: string | undefined): FulfilmentStatus | undefined {
  if (!wording) return undefined;
  return STATUS_RULES.find((r) => r.pattern.test(wording))?.status;
}
