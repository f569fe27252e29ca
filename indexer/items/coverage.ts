// How much of the source landed nowhere: non-whitespace characters outside every item,
// note, heading and dropped page furniture. Near zero means nothing was lost.
import type { Layout } from '../types.js';

export interface Coverage {
  unassignedChars: number;
  unassignedShare: number;
  /** The first few uncovered stretches, for the indexer summary. */
  samples: string[];
}

export function measureCoverage(layout: Layout, covered: { start: number; end: number }[]): Coverage {
  const source = layout.source;
  const mask = new Uint8Array(source.length);
  const spans = [...covered, ...layout.notes, ...layout.dropped];
  for (const s of spans) mask.fill(1, Math.max(0, s.start), Math.min(source.length, s.end));
  let total = 0;
  let unassigned = 0;
  const samples: string[] = [];
  let runStart = -1;
  for (let i = 0; i <= source.length; i++) {
    const ch = source[i];
    const visible = ch !== undefined && !/\s/.test(ch);
    if (visible) total++;
    const miss = visible && mask[i] === 0;
    if (miss) unassigned++;
    if (miss && runStart < 0) runStart = i;
    if (!miss && runStart >= 0 && (ch === '\n' || ch === undefined)) {
      if (samples.length < 5) samples.push(source.slice(runStart, i).trim().slice(0, 80));
      runStart = -1;
    }
  }
  return { unassignedChars: unassigned, unassignedShare: total ? unassigned / total : 0, samples };
}
