// Themes a strategy's own structure gives: the words of a goal's heading, a task's title (or
// the task as printed) and its stated goal, in English and French. Only heading-level
// vocabulary of the genre is listed, never one document's phrases; free text is left to the
// theme classifier, which reads whole items.
import type { ThemeId } from '../../../core/themes.js';

const HEADING_THEMES: readonly { theme: ThemeId; pattern: RegExp }[] = [
  // "identification of victims", "identifying and assisting", "repérage": not "the most frequently identified victims".
  { theme: 'victim-identification', pattern: /\bidentif(?:y|ying|ication|ier)\b|\bindicators of trafficking\b|\brepérage\b|\bdétection des victimes\b|\bdetection of victims\b/i },
  // Care for victims: assistance, shelter, reintegration, compensation, referral, return.
  {
    theme: 'victim-assistance',
    pattern: /\bassist(?:ance|ing)\b|\bsupport(?:ing)? (?:for |to )?(?:the )?victims?\b|\bprotection (?:of|for|to) victims\b|\bshelters?\b|\baccommodation\b|\breintegrat\w*|\brehabilitat\w*|\bcompensation\b|\breferral\b|\breturns?\b|\brepatriat\w*|\bvictims'? rights\b|\brights of victims\b|\baccompagn\w*|\bhébergement\b|\baccueil\b|\bprise en charge\b|\bprotection des victimes\b|\baide aux victimes\b|\bindemnisation\b|\bretours?\b|\borientation des victimes\b/i,
  },
  { theme: 'child-protection', pattern: /\bchild(?:ren)?\b|\bminors?\b|\benfants?\b|\bmineurs?\b/i },
  { theme: 'awareness-prevention', pattern: /\bprevent\w*|\bawareness\b|\bcampaigns?\b|\bpréven\w*|\bsensibilis\w*|\bcampagnes?\b/i },
  // Employment law and working conditions are the levers against labour exploitation.
  { theme: 'labour-exploitation', pattern: /\blabou?r\b|\bemploy(?:ers?|ees?|ment)\b|\bworking conditions\b|\btravail\b|\bemployeurs?\b|\bexploitation économique\b/i },
  // Training and education of those who meet victims, not schooling of children.
  {
    theme: 'training-professionals',
    pattern: /\btraining\b|\beducat(?:ion|ing) (?:of |for )?(?:\w+ )?(?:entities|stakeholders|professionals|officers|members|staff|specialists|judges|prosecutors|inspectors|workers|police)\b|\beducational (?:material|programme|program|module)s?\b|\bseminars?\b|\bformation\b|\bformer (?:les|des)\b/i,
  },
  { theme: 'international-cooperation', pattern: /\binternational\w*|\bcross-border\b|\btransfrontali\w*/i },
  { theme: 'civil-society', pattern: /\bNGOs?\b|\bnon-governmental\b|\bcivil society\b|\bONG\b|\bsociété civile\b|\bassociations\b/i },
  { theme: 'legal-framework', pattern: /\blegislat\w*|\blaws?\b|\blégislat\w*|\blois?\b|\bréglementation\b/i },
  // \b is ASCII-only: a word opening with an accented letter needs the Unicode lookbehind.
  { theme: 'data-research', pattern: /\bdata\b|\bstatisti\w*|\bstudy\b|\bresearch\b|\banalys[ie]s\b|\bdonnées\b|(?<!\p{L})études?(?!\p{L})|\brecherche\b|\bobservatoire\b/iu },
  { theme: 'investigation-prosecution', pattern: /\bprosecut\w*|\binvestigat\w*|\bcriminal proceedings\b|\bpoursui\w*|\benquêt\w*|\bprocédures? pénales?\b|\bdémantel\w*/i },
  { theme: 'online-ict', pattern: /\bonline\b|\binternet\b|\ben ligne\b/i },
];

/** Theme ids whose heading words occur in any of the texts, in taxonomy-table order. */
export function headingThemes(...texts: (string | undefined)[]): string[] {
  const joined = texts.filter(Boolean).join('\n');
  return HEADING_THEMES.filter((t) => t.pattern.test(joined)).map((t) => t.theme);
}
