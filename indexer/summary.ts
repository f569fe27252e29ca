// The indexer's printed summary: what each document gave, and what went wrong where.
import type { IndexerRun } from './pipeline.js';

export function formatSummary(run: IndexerRun, outDir: string): string {
  const lines: string[] = [];
  for (const r of run.reports) {
    const types = Object.entries(r.itemsByType).sort().map(([t, n]) => `${t} ${n}`).join(', ');
    lines.push(`${r.document} (${r.kind}${r.inferred ? ', metadata inferred' : ''})`);
    lines.push(`  items: ${types}`);
    lines.push(`  footnotes: ${r.footnotes.resolved} resolved, ${r.footnotes.unresolved} unresolved` +
      (r.footnotes.notesWithoutMarker.length ? `, notes without marker: ${r.footnotes.notesWithoutMarker.join(', ')}` : ''));
    for (const m of r.footnotes.unresolvedMarkers) lines.push(`    unresolved: ${m}`);
    lines.push(`  unassigned source text: ${r.unassignedChars} chars (${(r.unassignedShare * 100).toFixed(2)}%)`);
    for (const w of r.warnings) lines.push(`  warning: ${w}`);
  }
  for (const f of run.failures) lines.push(`FAILED ${f.file}: ${f.reason}`);
  for (const w of run.warnings) lines.push(`warning: ${w}`);
  lines.push(`${run.items.length} items from ${run.reports.length} documents written to ${outDir}/ (input ${run.inputHash})`);
  return lines.join('\n') + '\n';
}
