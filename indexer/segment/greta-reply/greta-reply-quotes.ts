// Lines of a reply that quote the evaluating body or label the authorities' answer: GRETA's
// graded paragraphs ("52. GRETA considers that … should …", "Le GRETA exhorte les autorités
// … à :"), the labels opening a reply ("Reply:", "Réponse :"), and the lead-in of the
// Committee of the Parties' own recommendation. The words are the series profile's.
import { gradeText, type Grading } from '../../series/index.js';
import type { ReportLayout, SeriesProfile } from '../../series/types.js';

export interface QuotedOpening {
  /** The paragraph number printed before the quote, when there is one. */
  number?: string;
  body: string;
  grading: Grading;
}

const NUMBERED = /^(\d{1,3})\.\s+(\S.*)$/s;
/** Bold marks or an opening quotation mark before the quoted words. */
const LEADING_MARKS = /^(?:\*\*|["“«]\s?)+/;
const FIRST_SENTENCE_END = /[.!?]["”’»)]*[⁰¹²³⁴⁵⁶⁷⁸⁹]*\s+(?=["“«(]?\p{Lu})/u;

/**
 * A quoted recommendation: the body's grading phrase in the first sentence of a numbered
 * paragraph ("88. In the light of the above, GRETA urges …"), or at the very start of an
 * unnumbered one. Reply sentences that merely name the body ("GRETA's report was
 * presented", "As GRETA urged") carry no grading phrase of the present tense.
 */
export function quotedOpening(profile: Pick<SeriesProfile, 'grading'>, text: string): QuotedOpening | undefined {
  const t = text.trim();
  const numbered = NUMBERED.exec(t);
  const body = numbered ? numbered[2].trim() : t;
  const bare = body.replace(LEADING_MARKS, '');
  const grading = gradeText(profile, bare);
  if (!grading) return undefined;
  if (numbered) {
    const firstSentenceEnd = FIRST_SENTENCE_END.exec(bare)?.index ?? bare.length;
    if (grading.index > firstSentenceEnd) return undefined;
  } else if (grading.index !== 0) {
    return undefined;
  }
  return { ...(numbered ? { number: numbered[1] } : {}), body, grading };
}

/** The length of a reply label opening the line ("Reply: ", "Réponse : "), spaces after it included. */
export function replyLabelLength(layout: Pick<ReportLayout, 'replyLabel'>, text: string): number | undefined {
  const m = layout.replyLabel.exec(text);
  return m ? m[0].length : undefined;
}

/** "… recommends that the Government of X:": the committee's own list follows. */
export const isRecommendationLeadIn = (layout: Pick<ReportLayout, 'recommendationLeadIn'>, text: string): boolean =>
  layout.recommendationLeadIn.test(text.trim());

/** The grading a lead-in names for the items it introduces ("issues for immediate action"). */
export function leadInGrading(layout: Pick<ReportLayout, 'leadInGrading'>, text: string | undefined): Grading | undefined {
  return text === undefined ? undefined : gradeText({ grading: layout.leadInGrading }, text);
}
