// The Lanzarote Committee (Committee of the Parties to the Council of Europe Convention on the
// Protection of Children against Sexual Exploitation and Sexual Abuse): implementation reports,
// factsheets and questionnaires of its monitoring rounds, in English and French. The Committee
// grades its recommendations "requires" (the situation is not in conformity with the
// Convention), "requests" (a strong recommendation) and "invites" (a promising way forward).
import type { SeriesProfile } from './types.js';
import { LANZAROTE_PARTIES } from './parties.js';

/** "the Committee [also|further …] requires": the Committee, possibly named in full, and its verb. */
const ACTOR = String.raw`\b[Tt]he\s+(?:Lanzarote\s+)?Committee\s+(?:(?:also|further|therefore|thus|hence|again|strongly|however|consequently)\s+)*`;
const ACTEUR = String.raw`\b[Ll]e\s+Comit[ée]\s+(?:de\s+Lanzarote\s+)?(?:(?:aussi|également|donc|en outre|par conséquent|de nouveau)\s+)*`;

export const lanzarote: SeriesProfile = {
  id: 'lanzarote',
  bodies: [
    {
      name: 'Lanzarote Committee',
      printed: /\bLanzarote Committee\b|\bComité de Lanzarote\b|Committee of the Parties to the Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse|Comité des Parties à la Convention du Conseil de l'Europe sur la protection des enfants contre l'exploitation et les abus sexuels/i,
    },
  ],
  grading: [
    { pattern: new RegExp(`${ACTOR}(?<verb>requires)\\b`), urgency: 'require', verb: 'requires' },
    { pattern: new RegExp(`${ACTOR}(?<verb>requests)\\b`), urgency: 'request', verb: 'requests' },
    { pattern: new RegExp(`${ACTOR}(?<verb>invites)\\b`), urgency: 'invite', verb: 'invites' },
    { pattern: new RegExp(`${ACTEUR}(?<verb>exige)\\b`), urgency: 'require', verb: 'exige' },
    { pattern: new RegExp(`${ACTEUR}(?<verb>demande)\\b`), urgency: 'request', verb: 'demande' },
    { pattern: new RegExp(`${ACTEUR}(?<verb>invite)\\b`), urgency: 'invite', verb: 'invite' },
  ],
  allPartiesWords: /^(?:(?:all|those|other|the)\s+)?(?:State\s+)?Part(?:y|ies)\b|^all\b|^(?:(?:toutes?|les|des|aux|autres)\s+)*(?:États\s+)?Parties\b/i,
  symbols: [/\bT-ES\s*\((\d{4})\)\s*\d+/],
  objectLinks: /^(?:(?:that|que|à|au|aux|de|du|des)\s+|qu['’])/i,
  // "The Committee invites <State>:" / "- to …", "Le Comité invite <State> :" / "- à …";
  // "… requests <State> to ensure that:" governs what follows too.
  governedOpenings: /^(?:to|à|de)\s|^d['’]/i,
  governingLeadIn: /(?:\bthat|\bque|\bqu['’]\S*)\s*:\s*$/i,
  headings: {
    observations: /^(?:observations?|findings|constats?)\b/i,
    recommendations: /^(?:generic\s+)?recommendations?\b|^recommandations?\b/i,
    other: /^(?:key findings|principales conclusions)\b/i,
    generic: /^(?:generic|recommandations génériques)\b/i,
    specific: /\bspecific to\b|\bspécifiques?\s+(?:à|au|aux)\b/i,
    practice: /^(?:promising|good)\s+practices?$|^(?:bonnes?\s+pratiques?|pratiques?\s+prometteuses?)$/i,
  },
  // "R II-6", "Recommendation II-6", "Recommandation II-6", "[II-6]" opening a box or a sentence,
  // in bold or not ("**Recommendation II-6**"), or the bare number after a box's arrow or bullet
  // ("► II-6. The Committee …").
  recommendationLabel: /^(?:\*\*)?(?:R|Recommendation|Recommandation)\s*(?<id>[IVXL]{1,5}\s?[-–]\s?\d{1,3})\b:?(?:\*\*)?:?|^\[(?<id2>[IVXL]{1,5}[-–]\d{1,3})\]|^[►▶▸•]\s*(?:\*\*)?(?<id3>[IVXL]{1,5}[-–]\d{1,3})[.:](?:\*\*)?(?=\s)/,
  parties: LANZAROTE_PARTIES,
  requestOpenings: /^(?:please|kindly|describe|indicate|provide|specify|list|explain|veuillez|merci de|décrivez|indiquez|précisez|expliquez)\b/i,
};
