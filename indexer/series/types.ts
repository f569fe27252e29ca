// What a series of documents says, as data: the issuing bodies and how their names are
// printed, the grading verbs and their place on the common urgency scale, the forms of
// numbering, headings and citations. Readers are generic over a profile, so a document of
// another Party, round or language of the same series reads the same; a new series is a new
// data module (see README, "Adding a series").
import type { Item } from '../../core/schema.js';
import type { Party } from './parties.js';

export type Urgency = NonNullable<Item['urgency']>;

export interface BodyName {
  /** The body's name as the corpus shows it (the `body` facet). */
  name: string;
  /** How the body's name is printed, in the languages of the series. */
  printed: RegExp;
}

export interface GradingRule {
  /**
   * A grading phrase: the actor and its verb. The named group `verb` captures the verb as
   * printed ("urges", "considers … should"); the whole match, trimmed, is kept otherwise.
   */
  pattern: RegExp;
  urgency: Urgency;
  /** The verb as the scale shows it when the document prints a longer phrase. */
  verb: string;
}

export interface SeriesProfile {
  /** Stable id of the series ("lanzarote", "greta", …). */
  id: string;
  /** The bodies that issue the series' documents (first: the main one). */
  bodies: readonly BodyName[];
  /** Grading phrases, most specific first; the first that matches a sentence grades it. */
  grading: readonly GradingRule[];
  /** The words with which the series refers to the country it addresses ("the authorities"). */
  addresseeWords?: RegExp;
  /** Phrases addressing every Party rather than the one state. */
  allPartiesWords?: RegExp;
  /** Document symbols of the series ("CP(2025)07", "GRETA(2017)14"): a year inside dates the document. */
  symbols?: readonly RegExp[];
  /** Words between a grading verb and its object ("requests that …", "demande à …", "exige de …"). */
  objectLinks?: RegExp;
  /** Words opening a bullet governed by a graded lead-in: an infinitive ("to …", "à …", "de …"). */
  governedOpenings?: RegExp;
  /** A graded lead-in ending so that its bullets complete it ("… to ensure that:"). */
  governingLeadIn?: RegExp;
  /** Headings of the series' reports and factsheets, by what they say about the text under them. */
  headings?: SeriesHeadings;
  /** A recommendation's own label as printed ("R II-6", "Recommendation II-6", "[II-6]"); group `id` is the id. */
  recommendationLabel?: RegExp;
  /** Words opening a question that does not end in "?" ("Please describe …", "Veuillez …"). */
  requestOpenings?: RegExp;
  /** The States Party to the series' convention, as the documents name them (data file). */
  parties?: readonly Party[];
}

export interface SeriesHeadings {
  /** Sub-headings over the body's own findings ("Observations …", "Findings", "Constats"). */
  observations: RegExp;
  /** Sub-headings over its recommendations ("Recommendations", "Recommandations génériques …"). */
  recommendations: RegExp;
  /** Sub-headings over text that is neither ("Key findings …"). */
  other: RegExp;
  /** A sub-heading addressing every Party ("Generic recommendations …"). */
  generic: RegExp;
  /** A sub-heading addressing the one state ("… specific to <State>"). */
  specific: RegExp;
  /** Headings over promising practices. */
  practice: RegExp;
}
