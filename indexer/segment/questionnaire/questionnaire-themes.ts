// Themes a questionnaire's own headings give. Monitoring questionnaires group their
// questions under sections named after the conventions' pillars ("Prevention",
// "Protection", "Prosecution", "Partnerships") and title each question ("Question 6.
// Assistance to victims"). The section says little on its own ("Partnerships" covers both
// civil society and other States), so only the pillars that name one theme give one;
// the question titles are read word by word.
import type { ThemeId } from '../../../core/themes.js';

const SECTION_THEMES: readonly { theme: ThemeId; pattern: RegExp }[] = [
  { theme: 'awareness-prevention', pattern: /^(?:prevention|prévention)$/i },
  { theme: 'victim-assistance', pattern: /^protection$/i },
  { theme: 'investigation-prosecution', pattern: /^(?:prosecution|poursuites)$/i },
];

const TITLE_THEMES: readonly { theme: ThemeId; pattern: RegExp }[] = [
  { theme: 'awareness-prevention', pattern: /\bawareness\b|\bprevention\b/i },
  { theme: 'education', pattern: /\beducation\w*|\bcurricul\w*|\bschools?\b/i },
  { theme: 'civil-society', pattern: /\bcivil society\b|\bNGOs?\b|\bnon-governmental\b/i },
  { theme: 'data-research', pattern: /\bresearch\b|\bdata\b|\bstatistic\w*/i },
  { theme: 'victim-assistance', pattern: /\bassistance to victims\b|\bvictim (?:support|assistance)\b|\bhelplines?\b/i },
  { theme: 'victim-identification', pattern: /\bvictim identification\b|\bidentif\w* (?:of )?victims\b/i },
  { theme: 'legal-framework', pattern: /\blegislation\b|\bcriminali[sz]ation\b|\b(?:reference )?in law\b|\blegal framework\b/i },
  { theme: 'online-ict', pattern: /\bICTs?\b|\bonline\b|\binternet\b|\bself-generated\b/i },
  { theme: 'jurisdiction', pattern: /\bjurisdiction\b/i },
  { theme: 'investigation-prosecution', pattern: /\bprosecut\w*|\binvestigat\w*|\bspeciali[sz]ed units?\b|\blaw enforcement\b/i },
  { theme: 'training-professionals', pattern: /\btraining\b/i },
  { theme: 'international-cooperation', pattern: /\binternational co-?operation\b/i },
];

export function sectionThemes(section: string): string[] {
  return SECTION_THEMES.filter((t) => t.pattern.test(section.trim())).map((t) => t.theme);
}

export function questionTitleThemes(title: string): string[] {
  return TITLE_THEMES.filter((t) => t.pattern.test(title)).map((t) => t.theme);
}
