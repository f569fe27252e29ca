// United Nations human rights review documents: the Universal Periodic Review (UPR) of the
// Human Rights Council, whose Working Group reports list the recommendations States made to
// the State under review, with the State's positions in an addendum, and the national
// reports, compilations and stakeholder summaries the review is based on; and the treaty
// bodies' concluding observations. Treaty bodies grade what they ask on the common scale:
// "urges" (require), "recommends" (request), "encourages" / "invites" (invite); compilations
// quote them in the past tense ("The Committee … recommended that …").
import type { SeriesProfile } from './types.js';

/** The treaty bodies, by their names as printed (English, French) and their abbreviations. */
const TREATY_BODIES = [
  { name: 'Committee on the Rights of the Child', printed: /Committee on the Rights of the Child|Comité des droits de l'enfant/i, abbreviations: ['CRC'] },
  { name: 'Committee on the Elimination of Discrimination against Women', printed: /Committee on the Elimination of Discrimination against Women|Comité pour l'élimination de la discrimination à l'égard des femmes/i, abbreviations: ['CEDAW'] },
  { name: 'Committee against Torture', printed: /Committee against Torture|Comité contre la torture/i, abbreviations: ['CAT'] },
  { name: 'Human Rights Committee', printed: /\bHuman Rights Committee|Comité des droits de l'homme/i, abbreviations: ['HR Committee', 'CCPR'] },
  { name: 'Committee on Economic, Social and Cultural Rights', printed: /Committee on Economic,\s+Social and Cultural Rights|Comité des droits économiques, sociaux et culturels/i, abbreviations: ['CESCR'] },
  { name: 'Committee on the Elimination of Racial Discrimination', printed: /Committee on the Elimination of Racial Discrimination|Comité pour l'élimination de la discrimination raciale/i, abbreviations: ['CERD'] },
  { name: 'Committee on the Rights of Persons with Disabilities', printed: /Committee on the Rights of Persons with Disabilities|Comité des droits des personnes handicapées/i, abbreviations: ['CRPD'] },
  { name: 'Committee on Migrant Workers', printed: /Committee on (?:the Protection of the Rights of All )?Migrant Workers(?: and Members of Their Families)?|Comité des travailleurs migrants/i, abbreviations: ['CMW'] },
  { name: 'Committee on Enforced Disappearances', printed: /Committee on Enforced Disappearances|Comité des disparitions forcées/i, abbreviations: ['CED'] },
] as const;

/**
 * Who grades in a concluding observation or a compilation: a committee, a mandate, an agency, or
 * "it"; its verb may follow another clause ("reiterates its previous recommendation and urges").
 */
const ACTOR = String.raw`(?:\b(?:[Tt]he\s+)?(?:Committee|Subcommittee|Special\s+Rapporteur|Independent\s+Expert|Working\s+Group|High\s+Commissioner|country\s+team|[A-Z]{2,}[A-Za-z-]*)\b(?:\s+(?:on|against|of|for)\b[^.;:]{0,120}?)?|\bIt)\s+(?:[^.;:]{0,120}?\b(?:and|but)\s+)?(?:(?:also|further|strongly|again|therefore|once\s+again|moreover)\s+)*`;
const ACTEUR = String.raw`\b(?:[Ll]e\s+)?Comité\b(?:\s+(?:des|de|contre|pour)\b[^.;:]{0,100}?)?\s+(?:(?:aussi|également|donc|en outre|de nouveau|vivement)\s+)*`;

export const un: SeriesProfile = {
  id: 'un',
  bodies: [
    {
      name: 'Working Group on the Universal Periodic Review',
      printed: /Working Group on the Universal Periodic\s+Review|\bUniversal Periodic Review\b|Groupe de travail sur l'Examen périodique universel|Examen périodique universel/i,
      abbreviations: ['UPR'],
    },
    ...TREATY_BODIES,
    // Last: the Council names the session of every review report; a more specific body wins.
    { name: 'Human Rights Council', printed: /\bHuman Rights Council\b|Conseil des droits de l'homme/i, abbreviations: ['HRC'] },
  ],
  grading: [
    { pattern: new RegExp(`${ACTOR}(?<verb>urges|urged)\\b`), urgency: 'require', verb: 'urges' },
    { pattern: new RegExp(`${ACTOR}(?<verb>recommends|recommended|calls\\s+upon|called\\s+upon|requests|requested)\\b`), urgency: 'request', verb: 'recommends' },
    { pattern: new RegExp(`${ACTOR}(?<verb>encourages|encouraged|invites|invited)\\b`), urgency: 'invite', verb: 'encourages' },
    { pattern: new RegExp(`${ACTEUR}(?<verb>exhorte|prie instamment|engage instamment)\\b`), urgency: 'require', verb: 'exhorte' },
    { pattern: new RegExp(`${ACTEUR}(?<verb>recommande)\\b`), urgency: 'request', verb: 'recommande' },
    { pattern: new RegExp(`${ACTEUR}(?<verb>encourage|invite)\\b`), urgency: 'invite', verb: 'encourage' },
  ],
  addresseeWords: /\b(?:the\s+)?State\s+party\b|\bl'État partie\b/i,
  documentSymbol: /\b(?:A|E|CRC|CEDAW|CCPR|CAT|CERD|CRPD|CMW|CED|HRI)\/(?:[A-Z0-9][A-Za-z0-9.-]*\/)+[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?/,
  furniture: [
    // The United Nations Office at Geneva's job number, with the language and processing dates.
    { pattern: /^\s*GE\.\d{2}-\d{4,6}\s*(?:\([A-Z]\))?(?:\s+\d{6}){0,2}\s*(?:\*\d{5,}\*)?\s*$/, why: 'job number' },
    { pattern: /^\s*\*\d{7,}\*\s*$/, why: 'job number' },
    { pattern: /^\s*Please recycle\s*♲?\s*$/i, why: 'running footer' },
  ],
  masthead: [
    /^(?:United\s+Nations|UNITED\s+NATIONS|Nations\s+Unies)$/,
    /^(?:General\s+Assembly|Economic\s+and\s+Social\s+Council|Assemblée\s+générale|Conseil\s+économique\s+et\s+social)$/i,
    /^[AE]$/,
    /^Distr\.?(?::\s*|\s+)?(?:General|Restricted|Limited|générale|restreinte)?\b/i,
    /^Original\s*:\s*\p{L}+/iu,
    /^Advance\s+(?:unedited|edited)\s+version$/i,
    /^(?:Human\s+Rights\s+Council|Conseil\s+des\s+droits\s+de\s+l'homme|Working\s+Group\s+on\s+the\s+Universal\s+Periodic\s+Review|Universal\s+Periodic\s+Review)$/i,
    /^[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:session|sesión|session\s+ordinaire)$/iu,
    /^(?:Agenda\s+item|Point\s+de\s+l'ordre\s+du\s+jour)\s+\d+/i,
    /^(?:Geneva|New\s+York|Genève),?\s+.*\d{4}$/i,
    /^\d{1,2}(?:\s+\p{L}+)?\s*[–-]\s*\d{1,2}\s+\p{L}+\s+\d{4}$/u,
    /^(?:Convention|International\s+Covenant|International\s+Convention|Pacte\s+international)\b[^.]*$/i,
  ],
  datedBy: [/\bDistr\.?(?::\s*|\s+)(?:General|GENERAL|Restricted|Limited|Générale)\b/],
  roundOfSession: (session, body) => (body === 'Working Group on the Universal Periodic Review' ? cycleOfSession(session) : undefined),
};

/** Bodies whose recommendations a compilation or a summary quotes, by name and abbreviation. */
export const QUOTED_BODIES = un.bodies.filter((b) => b.name !== 'Working Group on the Universal Periodic Review');

/**
 * Verbs with which a body reports what it found, without asking anything ("The Committee
 * notes", "CERD was concerned"): such a paragraph is the body's observation.
 */
export const REPORTING_VERBS = /\b(?:notes?|noted|welcomes?|welcomed|is\s+concerned|was\s+concerned|were\s+concerned|remains\s+concerned|expresse[sd]\s+concern|regrets?|regretted|considered|considers|reminds|reminded|takes\s+note|took\s+note|acknowledge[sd]?|commends?|commended|appreciates?|appreciated|observe[sd]?|highlighted|stated|reported|indicated|recalls?|recalled|emphasize[sd]?|prend\s+note|note|salue|se\s+félicite|est\s+préoccupé)\b/i;

/** Review cycles of the Universal Periodic Review, by the Working Group's sessions. */
export const UPR_CYCLES: readonly { name: string; sessions: readonly [number, number] }[] = [
  { name: '1st cycle', sessions: [1, 12] },
  { name: '2nd cycle', sessions: [13, 26] },
  { name: '3rd cycle', sessions: [27, 40] },
  { name: '4th cycle', sessions: [41, 54] },
];

/**
 * How a State's position on a recommendation is printed. "Not supported" and "noted" come
 * first: a line saying "does not enjoy the support" is noted, whatever else it says.
 */
export const POSITION_WORDS: readonly { position: 'supported' | 'noted'; printed: RegExp }[] = [
  { position: 'noted', printed: /\b(?:noted|not\s+supported|does\s+not\s+(?:enjoy|support|accept)|did\s+not\s+enjoy|not\s+accepted|rejected|takes?\s+note|prend\s+note|notée?s?|non\s+(?:soutenue|acceptée)s?)\b/i },
  { position: 'supported', printed: /\b(?:supported|supports|enjoys?\s+(?:the|its)\s+support|enjoyed\s+(?:the|its)\s+support|accepted|accepts|soutenue?s?|acceptée?s?)\b/i },
];

/** The review cycle a Working Group session belongs to. */
export function cycleOfSession(session: number): string | undefined {
  return UPR_CYCLES.find((c) => session >= c.sessions[0] && session <= c.sessions[1])?.name;
}
