// The full zod schema check for loadCorpus (tests, tools, the Node server's start): every field
// of every item against core/schema.ts. Not for the Worker's start-up (see corpus-checks.ts).
import { z } from 'zod';
import { DocumentSummary, Item } from '../core/schema.js';
import type { CorpusChecks } from './corpus-checks.js';

const DocumentsFile = z.object({ version: z.string().optional(), documents: z.array(DocumentSummary) });

const problem = (schema: z.ZodType, value: unknown): string | undefined => {
  const parsed = schema.safeParse(value);
  return parsed.success ? undefined : z.prettifyError(parsed.error);
};

export const SCHEMA_CHECKS: CorpusChecks = {
  item: (value) => {
    const found = problem(Item, value);
    return found === undefined ? undefined : `fails the item schema:\n${found}`;
  },
  documentsFile: (value) => problem(DocumentsFile, value),
};
