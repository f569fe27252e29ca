// The indexer's printed summary: what each document gave, and what went wrong where.
import type { IndexerRun } from './pipeline.js';
import type { DocumentReport } from './types.js';

/** Documents that lost more than `limit` (a share) of their text. */
export function lossOverLimit(run: Pick<IndexerRun, 'reports'>, limit: number): DocumentReport[] {
  return run.reports.filter((r) => r.loss.lostShare > limit);
}

export function formatSummary(run: IndexerRun, outDir: string): string {
  const lines: string[] = [];
  for (const r of run.reports) {
    const types = Object.entries(r.itemsByType).sort().map(([t, n]) => `${t} ${n}`).join(', ');
    lines.push(`${r.document} (${r.kind}${r.inferred ? ', metadata inferred' : ''}; ${r.kindEvidence.join('; ')})`);
    lines.push(`  items: ${types}`);
    lines.push(`  footnotes: ${r.footnotes.resolved} resolved, ${r.footnotes.unresolved} unresolved` +
      (r.footnotes.notesWithoutMarker.length ? `, notes without marker: ${r.footnotes.notesWithoutMarker.join(', ')}` : ''));
    for (const m of r.footnotes.unresolvedMarkers) lines.push(`    unresolved: ${m}`);
    const dropped = Object.entries(r.loss.droppedChars).map(([why, n]) => `${why} ${n}`).join(', ');
    lines.push(`  lost: ${(r.loss.lostShare * 100).toFixed(2)}% (${r.loss.lostChars} of ${r.loss.visibleChars} letters)` + (dropped ? `; dropped on purpose: ${dropped}` : ''));
    for (const l of r.loss.lostLines) lines.push(`    lost: "${l}"`);
    for (const w of r.warnings) lines.push(`  warning: ${w}`);
  }
  for (const f of run.failures) lines.push(`FAILED ${f.file}: ${f.reason}`);
  for (const w of run.warnings) lines.push(`warning: ${w}`);
  lines.push(`${run.items.length} items from ${run.reports.length} documents written to ${outDir}/ (input ${run.inputHash})`);
  return lines.join('\n') + '\n';
}
