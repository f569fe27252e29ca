// The document kinds the indexer understands. A manifest entry names its kind; a file
// without one is given the kind whose structural features its text shows most (see
// detect.ts), else read as generic paragraphs.
import type { Detection, DocumentKind } from '../types.js';
import { genericKind } from './generic/generic.js';
import { nationalStrategyKind } from './national-strategy/national-strategy.js';
import { globalAllianceReportKind } from './global-alliance/global-alliance-report.js';
import { factsheetKind } from './factsheet/factsheet.js';
import { gretaReplyKind } from './greta-reply/greta-reply.js';
import { gretaReportKind } from './greta-report/greta-report.js';
import { questionnaireReplyKind } from './questionnaire/questionnaire-reply.js';
import { implementationReportKind } from './implementation-report/implementation-report.js';
import { questionnaireCompilationKind } from './questionnaire-compilation/questionnaire-compilation.js';
import { uprReportKind } from './un-upr-report/upr-report.js';
import { positionsKind } from './un-positions/positions.js';
import { observationsKind } from './un-observations/observations.js';
import { submissionKind } from './un-submissions/submissions.js';
import { withPipeTablesAsCells } from '../layout/pipe-tables.js';
import { withMarkdownMarkersRead } from '../layout/markdown-lines.js';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  factsheetKind, gretaReplyKind, gretaReportKind, questionnaireReplyKind, nationalStrategyKind, globalAllianceReportKind,
  implementationReportKind, questionnaireCompilationKind, uprReportKind, positionsKind, observationsKind, submissionKind,
];

export function kindByName(name: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((k) => k.kind === name) ?? (name === genericKind.kind ? genericKind : undefined);
}

export interface KindChoice {
  kind: DocumentKind;
  detection: Detection;
  /** Runners-up that also matched, best first: a near tie is worth a look. */
  others: { kind: string; score: number }[];
}

export function chooseKind(source: string): KindChoice {
  // Detectors read tables as tab-separated rows and Markdown's headings and bullets without
  // their markers, as the readers do after the layout stage.
  const text = withPipeTablesAsCells(withMarkdownMarkersRead(source));
  const scored = DOCUMENT_KINDS.map((kind) => ({ kind, detection: kind.detect(text) }))
    .filter((s) => s.detection.matched)
    .sort((a, b) => b.detection.score - a.detection.score);
  if (scored.length === 0) {
    return { kind: genericKind, detection: { score: 0, matched: true, evidence: ['no kind\'s features reach its threshold'] }, others: [] };
  }
  const [best, ...rest] = scored;
  return { ...best, others: rest.map((s) => ({ kind: s.kind.kind, score: s.detection.score })) };
}

export function detectKind(text: string): DocumentKind {
  return chooseKind(text).kind;
}
