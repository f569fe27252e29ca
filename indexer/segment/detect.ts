// Detection by structure: each kind lists the features of its layout (numbering patterns,
// grading verbs, table shapes, the title block's words) with a weight, and a text is of the
// kind whose features it shows most, provided they reach the kind's threshold. No single
// phrase decides, and the evidence is printed in the indexer's summary.
import type { Detection } from '../types.js';

export interface Feature {
  /** What was found, for the summary; `{n}` is replaced by the count. */
  label: string;
  weight: number;
  /** How many times the feature occurs (0: absent). */
  count(text: string, head: string): number;
  /** Occurrences needed for the feature to count (default 1). */
  atLeast?: number;
}

/** The title block and first pages: where a document says what it is. */
const HEAD = 3000;
export const DEFAULT_THRESHOLD = 3;

export function detector(features: readonly Feature[], threshold = DEFAULT_THRESHOLD): (text: string) => Detection {
  return (text) => {
    const head = text.slice(0, HEAD);
    let score = 0;
    const evidence: string[] = [];
    for (const f of features) {
      const n = f.count(text, head);
      if (n < (f.atLeast ?? 1)) continue;
      score += f.weight;
      evidence.push(f.label.replace('{n}', String(n)));
    }
    return { score, matched: score >= threshold, evidence };
  };
}

/** Occurrences of a pattern (global flag added) in a text. */
export function occurrences(pattern: RegExp, text: string): number {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return text.match(new RegExp(pattern.source, flags))?.length ?? 0;
}

/** Distinct first groups of a pattern in a text ("Question 1", "Question 2" → 2). */
export function distinct(pattern: RegExp, text: string): number {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return new Set([...text.matchAll(new RegExp(pattern.source, flags))].map((m) => m[1] ?? m[0])).size;
}
