// The series the indexer knows, in the order their bodies are looked for in a title block.
import { globalAlliance } from './global-alliance.js';
import { greta } from './greta.js';
import { lanzarote } from './lanzarote.js';
import { national } from './national.js';
import { un } from './un.js';
import type { GradingRule, SeriesProfile, Urgency } from './types.js';

export const SERIES: readonly SeriesProfile[] = [lanzarote, greta, globalAlliance, un, national];

export function seriesById(id: string): SeriesProfile | undefined {
  return SERIES.find((s) => s.id === id);
}

export interface Grading {
  urgency: Urgency;
  /** The verb as printed. */
  verb: string;
  /** Where the grading phrase starts and ends in the text. */
  index: number;
  end: number;
}

/** The first grading phrase of a text under the profile's rules (earliest in the text wins). */
export function gradeText(profile: Pick<SeriesProfile, 'grading'>, text: string): Grading | undefined {
  let best: Grading | undefined;
  for (const rule of profile.grading) {
    const m = rule.pattern.exec(text);
    if (!m || (best && m.index >= best.index)) continue;
    best = { urgency: rule.urgency, verb: printedVerb(rule, m), index: m.index, end: m.index + m[0].length };
  }
  return best;
}

function printedVerb(rule: GradingRule, m: RegExpExecArray): string {
  const verb = m.groups?.verb;
  if (!verb) return rule.verb;
  // A long phrase ("considers that … should") is kept as the scale names it.
  return verb.length > 40 || /\s/.test(verb) ? rule.verb : verb.toLowerCase();
}

export type { SeriesProfile, GradingRule, Urgency } from './types.js';
