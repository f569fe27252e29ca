// What a series of documents says, as data: the issuing bodies and how their names are
// printed, the grading verbs and their place on the common urgency scale, the forms of
// numbering, headings and citations. Readers are generic over a profile, so a document of
// another Party, round or language of the same series reads the same; a new series is a new
// data module (see README, "Adding a series").
import type { Item } from '../../core/schema.js';
import type { StrategyVocabulary } from './strategy-vocabulary.js';

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
  /** What the series' strategies and action plans print: labels, numbering, deadlines, bodies. */
  strategy?: StrategyVocabulary;
}
