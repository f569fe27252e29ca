// How a GRETA evaluation report is recognised: its title block ("Report concerning the
// implementation of the Convention … by X", an evaluation round, a GRETA(…) symbol), a long
// run of paragraphs numbered in sequence, graded GRETA findings in them, and the appendix of
// conclusions and proposals citing those paragraphs. A reply that quotes a few paragraphs
// shows some of these, never enough.
import type { Detection } from '../../types.js';
import type { SeriesProfile } from '../../series/types.js';
import { gradeText } from '../../series/index.js';
import { detector, occurrences } from '../detect.js';

/** Paragraphs 1, 2, 3 … in order, other numbered lines (headings, lists) skipped. */
function paragraphsInSequence(text: string): number {
  let expected = 1;
  for (const m of text.matchAll(/^\s*(?:\*\*)?(\d{1,3})\.\s+\S/gm)) if (Number(m[1]) === expected) expected++;
  return expected - 1;
}

export function gretaReportDetector(profile: SeriesProfile): (text: string) => Detection {
  const layout = profile.reports!;
  const symbols = profile.symbols ?? [];
  return detector([
    { label: 'the title block reads "Report concerning the implementation of the Convention … by …"', weight: 2, count: (_, head) => occurrences(layout.titles.evaluation, head) },
    { label: 'the title block names an evaluation round', weight: 1, count: (_, head) => occurrences(layout.titles.round, head) },
    { label: 'a document symbol of the series in the title block', weight: 1, count: (_, head) => symbols.reduce((n, s) => n + occurrences(s, head), 0) },
    { label: '{n} paragraphs numbered in sequence', weight: 2, atLeast: 10, count: paragraphsInSequence },
    { label: '{n} numbered paragraphs graded by GRETA', weight: 1, atLeast: 2, count: (text) => text.split('\n').filter((l) => /^\s*\d{1,3}\.\s/.test(l) && gradeText(profile, l)).length },
    { label: 'an appendix listing the conclusions and proposals', weight: 2, count: (text) => occurrences(layout.proposalsAppendix, text) },
    { label: '{n} proposals citing the paragraphs they come from', weight: 1, atLeast: 3, count: (text) => occurrences(layout.paragraphCitation, text) },
  ], 5);
}
