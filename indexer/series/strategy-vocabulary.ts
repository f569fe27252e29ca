// What a strategy or action plan prints, as data a reader is generic over: the words of its
// field labels ("Responsible institution(s)", "Délai"), of its numbering ("Measure 2.4", "Axe
// 1 –"), of its deadlines ("III quarter of 2002", "en continu"), of its fulfilment wording and
// the shapes of the bodies it names. Words are stems: a printed word matches a stem it starts
// with, so "Responsabilité", "Responsables" and "responsible" need two stems, not three spellings.
import type { Item } from '../../core/schema.js';

/** The fields a task, measure or evaluation record can give (see the reader's record types). */
export type RecordField =
  | 'number' | 'title' | 'statement' | 'description' | 'goal' | 'justification' | 'indicators'
  | 'financing' | 'responsible' | 'cooperating' | 'targetGroup' | 'taskStart' | 'deadline'
  | 'timetable' | 'notes' | 'fulfilment' | 'indicatorFulfilment' | 'changes' | 'overall';

export interface FieldLabelRule {
  field: RecordField;
  /** Key phrases, each a space-separated list of stems; stems of three letters or fewer match whole words only. */
  keys: readonly string[];
}

export interface GroupLabel {
  /** The label as normalised (lower case, no punctuation). */
  label: string;
  /** Whether the label opens a new record ("Basic Information") or only a part of one ("Entities"). */
  startsRecord: boolean;
}

export interface DeadlineWords {
  /** Month names by number (1–12), every language and short form. */
  months: readonly (readonly string[])[];
  /** Words for a quarter and a half of a year ("quarter", "trimestre"; "half", "semestre"). */
  quarter: readonly string[];
  half: readonly string[];
  /** Ordinals 1–4 as printed before a quarter or half ("third", "3rd", "3e", "troisième"). */
  ordinals: readonly (readonly string[])[];
  /** Phrases meaning the task has no end ("permanently", "en continu"). */
  permanent: readonly string[];
  /** Phrases meaning the task recurs each year ("annually", "chaque année"). */
  annual: readonly string[];
  /** Phrases opening an open-ended start ("beginning from", "dès"). */
  from: readonly string[];
  /** Words before a date that do not change it ("by", "until the end of", "au plus tard le"). */
  before: readonly string[];
  /** Phrases naming the document's own year ("this year", "l'année en cours"). */
  thisYear: readonly string[];
  /** Words joining the two ends of a range besides dashes ("to", "au"). */
  rangeWords: readonly string[];
  /** Words between parts of one deadline ("then", "puis"). */
  thenWords: readonly string[];
}

export interface StatusRule {
  status: NonNullable<Item['status']>;
  /** Any of these in the evaluation's wording gives the status; rules are tried in order. */
  patterns: readonly RegExp[];
}

export interface InstitutionWords {
  /** Words that make a name an institution's ("Ministry", "Inspectorate", "Service", "ONG"), as stems. */
  heads: readonly string[];
  /** Subject words of a ministry's portfolio: "Family" after "Ministry of Labour," continues its name. */
  portfolio: readonly string[];
  /** Words joining two bodies or two parts of one name ("and", "et"). */
  conjunctions: readonly string[];
  /** Phrases before bodies that only cooperate ("with the support of", "en lien avec"). */
  cooperationMarkers: readonly string[];
  /** Articles a printed name may open with ("the", "le", "la", "l'"). */
  articles: readonly string[];
}

export interface StrategyVocabulary {
  fieldLabels: readonly FieldLabelRule[];
  /** Words a label may carry besides its key ("institution(s)", "of the", "task"). */
  labelFillers: readonly string[];
  groupLabels: readonly GroupLabel[];
  /** Words that open a numbered task, measure or action ("Task 3", "Mesure 2.4"). */
  recordWords: readonly string[];
  /** Words that open a numbered group of tasks ("Objective 1:", "Axe 2 –", "Champ d'action 3 :"). */
  groupWords: readonly string[];
  /** Words that make a lead-in a goal statement ("The strategic goal … is:", "L'objectif … est :"). */
  goalWords: readonly string[];
  /** Words of an annex label ("ANNEX 1", "Annexe"). */
  annexWords: readonly string[];
  /** Words of a list-of-abbreviations heading. */
  glossaryWords: readonly string[];
  /** Words of a title block that says what the document is ("strategy", "plan d'action"). */
  documentWords: readonly string[];
  deadlines: DeadlineWords;
  statuses: readonly StatusRule[];
  institutions: InstitutionWords;
}
