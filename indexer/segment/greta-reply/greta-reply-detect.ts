// How a reply to the Committee of the Parties is recognised: its title block (the Committee,
// the Convention, a report on measures taken to comply with a recommendation) and its body
// (GRETA's paragraphs quoted with their grading, reply labels, the Committee's own list).
// Several features must agree; none decides alone. The words are the series profile's.
import type { Detection } from '../../types.js';
import type { SeriesProfile } from '../../series/types.js';
import { detector, occurrences } from '../detect.js';
import { quotedOpening } from './greta-reply-quotes.js';

const linesOf = (text: string) => text.split('\n');

export function gretaReplyDetector(profile: SeriesProfile): (text: string) => Detection {
  const layout = profile.reports!;
  return detector([
    { label: 'the title block names the Committee of the Parties', weight: 1, count: (_, head) => occurrences(layout.titles.committee, head) },
    { label: 'the title block names the anti-trafficking Convention', weight: 1, count: (_, head) => occurrences(layout.titles.treaty, head) },
    { label: 'a report on measures taken to comply with a recommendation', weight: 2, count: (_, head) => occurrences(layout.titles.compliance, head) },
    { label: '{n} graded GRETA paragraphs quoted', weight: 1, atLeast: 2, count: (text) => linesOf(text).filter((l) => quotedOpening(profile, l)).length },
    { label: '{n} reply labels ("Reply:", "Réponse :")', weight: 1, atLeast: 2, count: (text) => linesOf(text).filter((l) => layout.replyLabel.test(l)).length },
    { label: 'the Committee of the Parties\' recommendation quoted ("recommends that the Government of …:")', weight: 1, count: (text) => linesOf(text).filter((l) => layout.recommendationLeadIn.test(l.trim())).length },
  ]);
}
