// For segmenter tests: which layout lines no item or heading span covers, and what share
// of the lines' non-whitespace characters they hold (the pipeline reports the same share).
import type { Layout } from '../../types.js';

export function uncoveredLines(layout: Layout, spans: { start: number; end: number }[]): { share: number; lines: string[] } {
  let total = 0;
  let missing = 0;
  const lines: string[] = [];
  for (const line of layout.lines) {
    let lineMissing = 0;
    for (let i = line.start; i < line.end; i++) {
      if (/\s/.test(layout.source[i])) continue;
      total++;
      if (!spans.some((s) => s.start <= i && i < s.end)) lineMissing++;
    }
    missing += lineMissing;
    if (lineMissing > 0) lines.push(`${line.start}: ${line.text.slice(0, 100)}`);
  }
  return { share: total ? missing / total : 0, lines };
}
