// What a series of documents says, as data: the issuing bodies and how their names are
// printed, the grading verbs and their place on the common urgency scale, the forms of
// numbering, headings and citations. Readers are generic over a profile, so a document of
// another Party, round or language of the same series reads the same; a new series is a new
// data module (see README, "Adding a series").
import type { Item } from '../../core/schema.js';
import type { Party } from './parties.js';
import type { StrategyVocabulary } from './strategy-vocabulary.js';

export type Urgency = NonNullable<Item['urgency']>;

export interface BodyName {
  /** The body's name as the corpus shows it (the `body` facet). */
  name: string;
  /** How the body's name is printed, in the languages of the series. */
  printed: RegExp;
  /** Short names the series prints for the body when it quotes it ("CRC recommended …"). */
  abbreviations?: readonly string[];
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

/** A line printed on the pages that is not content (a job number, the symbol with the page number). */
export interface FurnitureRule {
  pattern: RegExp;
  /** The reason it is dropped, as the loss report names it. */
  why: string;
}

export interface SeriesProfile {
  /** Stable id of the series ("lanzarote", "greta", …). */
  id: string;
  /**
   * The bodies that issue the series' documents, the most specific first: when a title block
   * names several ("Human Rights Council … Working Group on the Universal Periodic Review"),
   * the first listed of them issues the document.
   */
  bodies: readonly BodyName[];
  /** Grading phrases, most specific first; the first that matches a sentence grades it. */
  grading: readonly GradingRule[];
  /** The words with which the series refers to the country it addresses ("the authorities"). */
  addresseeWords?: RegExp;
  /** Phrases addressing every Party rather than the one state. */
  allPartiesWords?: RegExp;
  /** Document symbols of the series ("CP(2025)07", "GRETA(2017)14"): a year inside dates the document. */
  symbols?: readonly RegExp[];
  /** How the series' evaluation reports and the states' replies to them are laid out. */
  reports?: ReportLayout;
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
  /** What the series' strategies and action plans print: labels, numbering, deadlines, bodies. */
  strategy?: StrategyVocabulary;
  /** The shape of the series' document symbols ("A/HRC/14/15"), found in title blocks and cited in notes. */
  documentSymbol?: RegExp;
  /** Page furniture the series prints: dropped with its reason, never read as text. */
  furniture?: readonly FurnitureRule[];
  /** Title-block lines that name the organisation, the distribution or the session, not the document. */
  masthead?: readonly RegExp[];
  /** Title-block phrases after which the document's own date is printed ("Distr.: General"). */
  datedBy?: readonly RegExp[];
  /** The round (review cycle) a document of the body's session belongs to ("1st cycle"). */
  roundOfSession?(session: number, body: string): string | undefined;
}

/** A form of heading a series prints ("III. …", "2. …", "b. …", "Article 12 – …"). */
export interface HeadingForm {
  form: string;
  pattern: RegExp;
  /** Always the top of the section path (chapters, appendices), wherever it first appears. */
  top?: boolean;
}

/**
 * The layout vocabulary of a body that evaluates states in numbered paragraphs, lists its
 * proposals in an appendix citing those paragraphs, and whose recommendations the states
 * answer item by item (GRETA and its Committee of the Parties).
 */
export interface ReportLayout {
  /** Labels that open the authorities' reply to a quoted recommendation, colon included ("Reply:", "Réponse :"). */
  replyLabel: RegExp;
  /** The lead-in of the committee's own recommendation ("… recommends that the Government of X:"). */
  recommendationLeadIn: RegExp;
  /** The title printed above the committee's recommendation ("Recommendation CP(2013)6 on …"). */
  recommendationTitle: RegExp;
  /** Lead-ins saying which grading the listed recommendations carry ("issues for immediate action", the verb "urge"). */
  leadInGrading: readonly GradingRule[];
  /** A citation of the report's paragraphs; group `list` holds the numbers ("(see paragraphs 15 and 16)"). */
  paragraphCitation: RegExp;
  /** A word or sign between two cited numbers that makes a range ("18-20", "11 à 13"). */
  citationRange: RegExp;
  /** Heading forms, most specific first; a heading matching none is "plain". */
  headingForms: readonly HeadingForm[];
  /** The appendix that lists the report's conclusions and proposals. */
  proposalsAppendix: RegExp;
  /** Title-block phrases, for detection. */
  titles: {
    committee: RegExp;
    treaty: RegExp;
    /** A state's report on the measures taken to comply with a recommendation. */
    compliance: RegExp;
    /** The evaluation report itself ("Report concerning the implementation of … by X"). */
    evaluation: RegExp;
    round: RegExp;
  };
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
