// GRETA (the Group of Experts on Action against Trafficking in Human Beings) and the Committee
// of the Parties to the Council of Europe Convention on Action against Trafficking in Human
// Beings: evaluation reports of every round, Committee of the Parties recommendations, and the
// authorities' reports on the measures taken to comply with them. GRETA's own scale: "urges"
// (the situation must be remedied: require), "considers that … should" (request), "invites" or
// "encourages" (invite). A Committee of the Parties recommendation quotes GRETA's paragraphs,
// so its grading is the quoted text's.
import type { SeriesProfile } from './types.js';

const GRETA = String.raw`\b(?:the\s+)?GRETA\s+(?:(?:also|further|therefore|again|strongly|once again|moreover)\s+)*`;
const LE_GRETA = String.raw`\b(?:le\s+)?GRETA\s+(?:(?:aussi|également|donc|en outre|de nouveau)\s+)*`;

export const greta: SeriesProfile = {
  id: 'greta',
  bodies: [
    {
      name: 'GRETA',
      printed: /\bGRETA\b|Group of Experts on Action against Trafficking in Human Beings|Groupe d'experts sur la lutte contre la traite des êtres humains|Committee of the Parties to the Council of Europe Convention on Action against Trafficking in Human Beings|Comité des Parties à la Convention du Conseil de l'Europe sur la lutte contre la traite des êtres humains/i,
    },
  ],
  grading: [
    { pattern: new RegExp(`${GRETA}(?<verb>urges)\\b`, 'i'), urgency: 'require', verb: 'urges' },
    { pattern: new RegExp(`${GRETA}(?<verb>considers\\s+that\\b[^.;]{0,300}?\\bshould)\\b`, 'i'), urgency: 'request', verb: 'considers … should' },
    { pattern: new RegExp(`${GRETA}(?<verb>recommends)\\b`, 'i'), urgency: 'request', verb: 'recommends' },
    { pattern: new RegExp(`${GRETA}(?<verb>invites|encourages)\\b`, 'i'), urgency: 'invite', verb: 'invites' },
    { pattern: new RegExp(`${LE_GRETA}(?<verb>exhorte)\\b`, 'i'), urgency: 'require', verb: 'exhorte' },
    { pattern: new RegExp(`${LE_GRETA}(?<verb>considère\\s+que\\b[^.;]{0,300}?\\bdevrai(?:en)?t)\\b`, 'i'), urgency: 'request', verb: 'considère … devrait' },
    { pattern: new RegExp(`${LE_GRETA}(?<verb>invite|encourage)\\b`, 'i'), urgency: 'invite', verb: 'invite' },
  ],
  addresseeWords: /\bthe\s+(?:[\p{Lu}][\p{L}-]+\s+)*authorities\b|\bles autorités\b/u,
  symbols: [/\bCP\s*\/?\s*(?:Rec\s*)?\((\d{4})\)\s*\d+/i, /\bGRETA\s*\((\d{4})\)\s*\d+/],
  reports: {
    // "Reply:", "Response:", "Information on implementation:", "Réponse :", "Réponse des
    // autorités :", "Informations sur la mise en œuvre :" (bold in some conversions).
    replyLabel: /^\s*(?:\*\*)?(?:Reply|Response|Answer|Comments?|Information on (?:the )?implementation|Measures taken|Action taken|Réponse|Informations? sur la mise en (?:œ|oe)uvre|Mesures prises|Commentaires?)(?:\s+(?:of|by|from|des)\s+(?:the\s+)?(?:authorities|autorités))?(?:\*\*)?\s*:(?:\*\*)?\s*/i,
    // "Recommends that the Government of X:", "The Committee of the Parties, …, recommends
    // that the Government of X:", "Recommande au Gouvernement de X :".
    recommendationLeadIn: /\b(?:recommends|recommande)\b[^:]{0,200}\b(?:Government|Gouvernement|authorities|autorités)\b[^:]{0,120}:\s*$/i,
    recommendationTitle: /^(?:Recommendation|Recommandation)\s+CP\s*\/?\s*(?:Rec\s*)?\(\d{4}\)\s*\d+/i,
    // The Committee of the Parties lists first what GRETA "urged": "the issues for immediate
    // action identified in GRETA's report" (first rounds), "the recommendations in respect of
    // which GRETA used the verb 'urge'" (later rounds).
    leadInGrading: [
      { pattern: /\bverb\s+["“'‘«]\s*(?<verb>urge)\s*["”'’»]/i, urgency: 'require', verb: 'urge' },
      { pattern: /\bverbe\s+["“'‘«]\s*(?<verb>exhorter)\s*["”'’»]/i, urgency: 'require', verb: 'exhorter' },
      { pattern: /\bissues\s+for\s+(?<verb>immediate\s+action)\b/i, urgency: 'require', verb: 'immediate action' },
      { pattern: /\bquestions?\s+appelant\s+une\s+(?<verb>action\s+imm[ée]diate)\b/i, urgency: 'require', verb: 'action immédiate' },
    ],
    // "(paragraph 7)", "(see paragraphs 15 and 16)", "(paragraphs 18-20)", "(voir paragraphe 9)",
    // "(paragraphes 11 et 12)".
    paragraphCitation: /\((?:see\s+(?:also\s+)?|voir\s+(?:aussi\s+)?(?:les\s+)?)?(?:paragraphs?|paragraphes?|paras?\.)\s*(?<list>\d{1,4}(?:\s*(?:,|and|et|&|-|–|to|à)\s*\d{1,4})*)\s*\)/giu,
    citationRange: /^(?:-|–|to|à)$/i,
    headingForms: [
      { form: 'chapter', top: true, pattern: /^[IVXLC]{1,6}\.\s/ },
      { form: 'part', top: true, pattern: /^(?:Preamble|Préambule|Executive summary|Résumé|Conclusions?|Appendix|Appendices|Annexes?|Government['’]s comments|Commentaires du Gouvernement)\b/i },
      { form: 'section', pattern: /^\d{1,2}\.\s/ },
      { form: 'subsection', pattern: /^[a-z][.)]\s/ },
      { form: 'article', pattern: /^Articles?\s+\d+/i },
    ],
    proposalsAppendix: /\b(?:List of GRETA['’]s (?:conclusions and )?proposals|Liste des (?:conclusions et )?propositions)\b/i,
    titles: {
      committee: /Committee of the Parties|Comité des Parties/i,
      treaty: /Trafficking in Human\s+Beings|traite des [êe]tres\s+humains/i,
      compliance: /measures taken to comply|mesures prises pour se conformer|CP\s*\/?\s*Rec\s*\(\d{4}\)\s*\d+/i,
      evaluation: /Report concerning the implementation of the Council of Europe Convention|Rapport concernant la mise en (?:œ|oe)uvre de la Convention/i,
      round: /\b(?:first|second|third|fourth|fifth)\s+evaluation\s+round\b|\b(?:premier|deuxième|troisième|quatrième|cinquième)\s+cycle\s+d['’]évaluation\b/i,
    },
  },
};
