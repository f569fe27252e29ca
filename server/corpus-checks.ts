// How loadCorpus checks the parsed corpus files. The Worker uses the shape check: the indexer
// already validated its output against the zod schema, and building that schema costs start-up
// time on every cold isolate. Tests and tools pass the full schema check
// (corpus-schema-checks.ts) instead.
import { ITEM_TYPES } from '../core/vocabulary.js';

/** A corpus file the server cannot serve: which file (in its folder) and what is wrong. */
export class CorpusError extends Error {
  /**
   * `folder` is how the message names the corpus folder: `corpus`, where the Worker's bundle
   * takes the files from, unless the caller knows the real path (the Node entry does).
   */
  constructor(readonly file: string, readonly problem: string, folder = 'corpus') {
    super(`${folder}/${file}: ${problem}`);
    this.name = 'CorpusError';
  }
}

/** How a message names the item at `index`: by its id when it has one. */
export function itemLabel(index: number, value: unknown): string {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `item ${index} (id ${JSON.stringify(id)})` : `item ${index}`;
}

export interface CorpusChecks {
  /** What is wrong with one parsed item ("has no string \"text\""), or undefined. */
  item(value: unknown): string | undefined;
  /** What is wrong with the parsed documents.json, or undefined. */
  documentsFile(value: unknown): string | undefined;
}

const itemTypes: ReadonlySet<string> = new Set(ITEM_TYPES);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function itemShapeProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'is not an object';
  for (const key of ['id', 'document', 'text', 'body'] as const) {
    if (typeof value[key] !== 'string') return `has no string "${key}"`;
  }
  if (!itemTypes.has(value.type as string)) return `has an unknown type ${JSON.stringify(value.type)}`;
  if (value.year !== undefined && !Number.isInteger(value.year)) return 'has a "year" that is not an integer';
  if (!Array.isArray(value.themes)) return 'has no "themes" array';
  return undefined;
}

function documentsShapeProblem(value: unknown): string | undefined {
  if (!isRecord(value) || !Array.isArray(value.documents)) return 'is not { "documents": [...] }';
  if (value.version !== undefined && typeof value.version !== 'string') return '"version" is not a string';
  const index = value.documents.findIndex((d) => !isRecord(d) || typeof d.id !== 'string' || typeof d.title !== 'string');
  return index < 0 ? undefined : `document ${index} has no string "id" and "title"`;
}

/** What the server relies on: ids, types, texts, years and themes, and the documents list. */
export const SHAPE_CHECKS: CorpusChecks = { item: itemShapeProblem, documentsFile: documentsShapeProblem };
