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
};
