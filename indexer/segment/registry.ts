// The document kinds the indexer understands. A manifest entry names its kind; a file
// without one is given the first kind whose detector recognises its text, else generic.
import type { DocumentKind } from '../types.js';
import { genericKind } from './generic/generic.js';
import { nationalStrategyKind } from './national-strategy/national-strategy.js';
import { globalAllianceReportKind } from './global-alliance/global-alliance-report.js';
import { factsheetKind } from './factsheet/factsheet.js';
import { gretaReplyKind } from './greta-reply/greta-reply.js';
import { questionnaireReplyKind } from './questionnaire/questionnaire-reply.js';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [factsheetKind, gretaReplyKind, questionnaireReplyKind, nationalStrategyKind, globalAllianceReportKind];

export function kindByName(name: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((k) => k.kind === name) ?? (name === genericKind.kind ? genericKind : undefined);
}

export function detectKind(text: string): DocumentKind {
  return DOCUMENT_KINDS.find((k) => k.detect(text)) ?? genericKind;
}
