// Themes a strategy's own structure gives: the words of a specific goal's heading, a task's
// title and its stated goal. Only heading-level vocabulary is listed; free text is left to
// the theme classifier, which reads whole items.
import type { ThemeId } from '../../../core/themes.js';

const HEADING_THEMES: readonly { theme: ThemeId; pattern: RegExp }[] = [
  // "identification of victims", "identifying and assisting": not "the most frequently identified victims".
  { theme: 'victim-identification', pattern: /\bidentif(?:y|ying|ication)\b|\bindicators of trafficking\b/i },
  // Assistance, support, rights handbooks, the referral mechanism and returns are all care for victims.
  { theme: 'victim-assistance', pattern: /\bassist(?:ance|ing)\b|\bsupport and protection\b|\bhandbook\b|\bentitled\b|\breferral mechanism\b|\bvoluntary (?:and free )?returns?\b/i },
  { theme: 'child-protection', pattern: /\bchild(?:ren)?\b|\bminors?\b/i },
  { theme: 'awareness-prevention', pattern: /\bprevent\w*|\bawareness\b|\bcampaigns?\b/i },
  // Employment law and working conditions are the levers against labour exploitation.
  { theme: 'labour-exploitation', pattern: /\blabou?r\b|\bemploy(?:ers?|ees?|ment)\b|\bworking conditions\b/i },
  // Training and education of those who meet victims, not schooling of children.
  { theme: 'training-professionals', pattern: /\btraining\b|\beducat(?:ion|ing) (?:of )?(?:\w+ )?(?:entities|stakeholders|professionals|officers|members|staff|specialists)\b|\beducational (?:material|program)/i },
  { theme: 'international-cooperation', pattern: /\binternational\b|\bcross-border\b/i },
  { theme: 'civil-society', pattern: /\bNGOs?\b|\bnon-governmental\b|\bcivil society\b/i },
  { theme: 'legal-framework', pattern: /\blegislat\w*|\blaws?\b/i },
  { theme: 'data-research', pattern: /\bdata\b|\bstatistic\w*|\bstudy\b|\bresearch\b|\banalys[ie]s\b/i },
  { theme: 'investigation-prosecution', pattern: /\bprosecut\w*|\binvestigat\w*|\bcriminal proceedings\b/i },
  { theme: 'online-ict', pattern: /\bonline\b|\binternet\b/i },
];

/** Theme ids whose heading words occur in any of the texts, in taxonomy-table order. */
export function headingThemes(...texts: (string | undefined)[]): string[] {
  const joined = texts.filter(Boolean).join('\n');
  return HEADING_THEMES.filter((t) => t.pattern.test(joined)).map((t) => t.theme);
}
