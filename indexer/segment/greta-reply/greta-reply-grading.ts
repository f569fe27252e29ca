// Urgency of the recommendations a reply lists without a grading verb: the Committee of the
// Parties' own items ("Take the necessary measures …", "- adopt a formal procedure …
// (paragraph 104);") and the imperative lists of later rounds. The Committee's
// recommendation repeats what GRETA wrote, so an item is graded as the GRETA paragraph it
// cites or whose words it repeats, when the reply quotes that paragraph; else as its lead-in
// says ("the issues for immediate action", "in respect of which GRETA used the verb 'urge'");
// else it stays ungraded: nothing in the document grades it.
import type { ReportLayout } from '../../series/types.js';
import type { Grading } from '../../series/index.js';
import { citedParagraphs } from '../../series/citations.js';
import type { DraftItem } from '../../types.js';
import { leadInGrading } from './greta-reply-quotes.js';

/** Letters enough to say an item repeats a quoted paragraph's words (some ten words). */
const PROBE = 48;

const letters = (text: string) => text.toLowerCase().replace(/\([^)]*\)/g, '').replace(/[^\p{L}\p{Nd}]+/gu, '');

type Graded = Pick<DraftItem, 'urgency' | 'urgencyVerb'>;

function setGrading(item: DraftItem, g: Graded | undefined): void {
  if (!g?.urgency) return;
  item.urgency = g.urgency;
  item.urgencyVerb = g.urgencyVerb;
}

const fromGrading = (g: Grading | undefined): Graded | undefined => (g ? { urgency: g.urgency, urgencyVerb: g.verb } : undefined);

/** The quoted GRETA paragraph (or part) an item cites by number or repeats word for word. */
function quotedSource(item: DraftItem, quotes: readonly DraftItem[], layout: ReportLayout): DraftItem | undefined {
  for (const p of citedParagraphs(layout, item.text)) {
    const cited = quotes.find((q) => !q.parentKey && q.number === String(p));
    if (cited) return cited;
  }
  const probe = letters(item.text).slice(0, PROBE);
  if (probe.length < PROBE / 2) return undefined;
  return quotes.find((q) => letters(q.text).includes(probe));
}

export interface ListedRecommendations {
  /** Keys of the items read from an imperative or committee list (not quoted GRETA paragraphs). */
  listed: ReadonlySet<string>;
  /** The line introducing the list ("Recommends that the Government of X:", "Overview of …:"). */
  listLeadIn?: string;
}

export function gradeListedRecommendations(items: DraftItem[], list: ListedRecommendations, layout: ReportLayout): void {
  const quotes = items.filter((i) => i.type === 'recommendation' && !list.listed.has(i.key) && i.urgency);
  const listGrading = fromGrading(leadInGrading(layout, list.listLeadIn));
  for (const item of items) {
    if (!list.listed.has(item.key) || item.parentKey) continue;
    const own = fromGrading(leadInGrading(layout, item.text));
    const source = quotedSource(item, quotes, layout);
    setGrading(item, own ?? source ?? listGrading);
    for (const part of items.filter((p) => p.parentKey === item.key)) {
      setGrading(part, quotedSource(part, quotes, layout) ?? own ?? listGrading);
    }
  }
}

/**
 * Paragraph citations printed in a recommendation's own text. A citation closing the last
 * part of a recommendation, when no other part cites and the recommendation has no reply of
 * its own (its sentence runs on into its parts), cites the whole recommendation.
 */
export function addCitedParagraphs(items: DraftItem[], layout: ReportLayout): void {
  for (const item of items) {
    if (item.type !== 'recommendation') continue;
    const paragraphs = citedParagraphs(layout, item.text);
    if (paragraphs.length) item.citedRefs = { recommendations: [], paragraphs };
  }
  for (const item of items) {
    if (item.type !== 'recommendation' || item.citedRefs) continue;
    if (items.some((r) => r.respondsToKey === item.key)) continue;
    const parts = items.filter((p) => p.parentKey === item.key);
    const citing = parts.filter((p) => p.citedRefs);
    if (citing.length === 1 && citing[0] === parts[parts.length - 1]) item.citedRefs = citing[0].citedRefs;
  }
}
