// Cross-document stage: a factsheet's "Para. 73" or "Recommendation II-6" cites paragraph 73 or
// recommendation II-6 of the implementation report it is based on. When that report is
// indexed too, each note gets the ids of the report items its refs resolve to (`targets`), so
// a reader can follow the citation and the API can list what cites an item.
//
// The cited report is the one the manifest names (`cites`), else every implementation report
// of the same body and monitoring round (the report in each of its languages). A report's own
// notes are not resolved: "paras. 3-6" there cites another document (an Opinion, the
// Explanatory Report) as often as the report itself.
import type { DocumentMeta, Item } from '../../core/schema.js';
import { implementationReportKind } from '../segment/implementation-report/implementation-report.js';

const REPORT_KIND = implementationReportKind.kind;

interface ReportIndex {
  paragraphs: Map<number, string>;
  recommendations: Map<string, string>;
}

function indexReport(documentId: string, items: readonly Item[]): ReportIndex {
  const paragraphs = new Map<number, string>();
  const recommendations = new Map<string, string>();
  const prefix = `${documentId}/`;
  for (const item of items) {
    if (item.document !== documentId) continue;
    const para = /^para\/(\d+)$/.exec(item.id.slice(prefix.length));
    if (para) paragraphs.set(Number(para[1]), item.id);
    if (item.type === 'recommendation' && item.number && /^[IVXL]+-\d+$/.test(item.number)) recommendations.set(item.number, item.id);
  }
  return { paragraphs, recommendations };
}

/** The reports a document's notes cite, by the rule above; a `cites` naming no report is reported. */
export function citedReports(meta: DocumentMeta, documents: readonly DocumentMeta[], warnings: string[]): string[] {
  if (meta.kind === REPORT_KIND) return [];
  if (meta.cites !== undefined) {
    if (documents.some((d) => d.id === meta.cites)) return [meta.cites];
    warnings.push(`${meta.file}: "cites" names ${meta.cites}, which is not indexed; its notes are not resolved to report items`);
    return [];
  }
  return documents.filter((d) => d.kind === REPORT_KIND && d.body === meta.body && d.round !== undefined && d.round === meta.round).map((d) => d.id);
}

/** Sets `targets` on every note whose refs resolve to items of the reports its document cites. */
export function resolveCrossReferences(items: readonly Item[], documents: readonly DocumentMeta[]): { warnings: string[] } {
  const warnings: string[] = [];
  const reports = new Map<string, ReportIndex>();
  const indexOf = (id: string) => reports.get(id) ?? reports.set(id, indexReport(id, items)).get(id)!;
  const cited = new Map(documents.map((d) => [d.id, citedReports(d, documents, warnings).map(indexOf)]));
  for (const item of items) {
    const targetsIn = cited.get(item.document) ?? [];
    if (targetsIn.length === 0) continue;
    for (const note of item.footnotes ?? []) {
      if (!note.refs) continue;
      const targets = targetsIn.flatMap((r) => [
        ...note.refs!.recommendations.map((id) => r.recommendations.get(id)),
        ...note.refs!.paragraphs.map((n) => r.paragraphs.get(n)),
      ]).filter((t): t is string => t !== undefined);
      if (targets.length) note.targets = [...new Set(targets)];
    }
  }
  return { warnings };
}
