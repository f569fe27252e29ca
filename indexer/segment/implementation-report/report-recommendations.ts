// The recommendations inside an implementation report's paragraph or box. A recommendation
// is a sentence graded by the Committee ("The Lanzarote Committee requests Parties to …",
// "Le Comité exige que …"), up to the next graded sentence or the end of the unit; it may
// open with the report's own label ("R II-6", "[II-6]"), which becomes its number. Ungraded
// sentences before the first graded one ("The Committee notes that …") stay the paragraph's.
import { gradeText, type Grading } from '../../series/index.js';
import { lanzarote } from '../../series/lanzarote.js';

export interface LabelMatch {
  /** The id as the report prints it, normalised ("II-6"). */
  id: string;
  /** Where the label stands in the text, and where the text after it starts. */
  index: number;
  end: number;
}

const normaliseId = (id: string) => id.replace(/\s/g, '').replace('–', '-');

/** The report's own label opening `text` ("R II-1 …", "**Recommendation II-1**", "[II-1] …", "► II-1. …"). */
export function labelAtStart(text: string): LabelMatch | undefined {
  const m = lanzarote.recommendationLabel?.exec(text.trimStart());
  const id = m?.groups?.id ?? m?.groups?.id2 ?? m?.groups?.id3;
  if (!m || !id) return undefined;
  const index = text.length - text.trimStart().length;
  const end = index + m[0].length;
  return { id: normaliseId(id), index, end: end + (/^\s*/.exec(text.slice(end))?.[0].length ?? 0) };
}

export interface GradedPart {
  /** Offsets in the unit's text: from the label or the graded sentence to the next part or the end. */
  start: number;
  end: number;
  /** Where the recommendation's own words start (after its label). */
  textStart: number;
  grading: Grading;
  label?: string;
}

/** Sentence starts: the text's start, and after ". " / "? " / "! " (a marker may stand between). */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/[.!?]["”’)]?(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\{[\d,\s]+\})?\s+(?=\S)/g)) starts.push(m.index + m[0].length);
  return starts;
}

/** The graded parts of a paragraph or box, in order; [] when no sentence is graded. */
export function gradedParts(text: string): GradedPart[] {
  const parts: GradedPart[] = [];
  const starts = sentenceStarts(text);
  starts.forEach((start, i) => {
    const label = labelAtStart(text.slice(start));
    const textStart = start + (label?.end ?? 0);
    // Emphasis is typography: "the Committee **requests**" grades as "requests".
    const sentence = text.slice(textStart, starts[i + 1] ?? text.length).replace(/\*\*/g, '');
    const grading = gradeText(lanzarote, sentence);
    if (!grading) return;
    if (parts.length) parts[parts.length - 1].end = start;
    parts.push({ start, end: text.length, textStart, grading, ...(label ? { label: label.id } : {}) });
  });
  return parts;
}
