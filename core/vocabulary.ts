// The closed value lists of the item schema (core/schema.ts), in a module of plain constants:
// the API validates query parameters against them, and importing them must not construct the
// zod item schema, which only the indexer, tests and the OpenAPI document need.
export const ITEM_TYPES = [
  'recommendation', 'observation', 'practice', 'question', 'answer', 'response',
  'goal', 'task', 'evaluation', 'table', 'paragraph', 'commitment',
] as const;
export const URGENCIES = ['require', 'request', 'invite'] as const;
export const ADDRESSEES = ['state', 'all-parties'] as const;
export const STATUSES = ['met', 'partially', 'not-met', 'different'] as const;
/** A State's position on a recommendation made in its review (UN Universal Periodic Review). */
export const POSITIONS = ['supported', 'noted'] as const;

