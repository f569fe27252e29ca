// Themes a GRETA recommendation names in its own words. The report has no chapters to map,
// so the recommendation (or part) is the heading its reply answers: only phrases that name a
// theme outright count here, and text classification in the analysis stage covers the rest.
import type { ThemeId } from '../../../core/themes.js';
import type { DraftItem } from '../../types.js';

const RECOMMENDATION_THEMES: readonly { theme: ThemeId; pattern: RegExp }[] = [
  // "data collection system", "collecting disaggregated data".
  { theme: 'data-research', pattern: /\bdata collection\b|\bcollect\w*\s+(?:\w+\s+)?data\b|\bresearch\b/i },
  // The labour side of trafficking, and the places it hides: agencies, workers' complaints
  // ("social workers" are professionals who identify victims, not the workers at risk).
  { theme: 'labour-exploitation', pattern: /\blabour (?:exploitation|trafficking)\b|\b(?:temporary work|recruitment|employment) agenc\w*|(?<!\bsocial )\bworkers\b/i },
  // "identification of victims", "identifying victims": not "identified child victims" (a data category).
  { theme: 'victim-identification', pattern: /\bidentification\b|\bidentify(?:ing)?\b|\bidentified as\b|\bdetection\b/i },
  // Assistance, compensation, the recovery and reflection period.
  { theme: 'victim-assistance', pattern: /\bassistance\b|\bcompensation\b|\blegal remedies\b|\brecovery and reflection\b/i },
  // Children as the subject; "child protection specialists" among other stakeholders is not.
  { theme: 'child-protection', pattern: /\bchild (?:trafficking|victims?)\b|\bchildren\b|\bbest interests? of the child\b|\bchild protection system\b/i },
  { theme: 'investigation-prosecution', pattern: /\bcriminal justice\b|\binvestigat(?:ed|ion)\b|\bprosecut\w*|\bconvict\w*|\bsanctions\b|\blength of legal proceedings\b/i },
  { theme: 'legal-framework', pattern: /\blegislative (?:framework|measures)\b|\blegal provision\b|\blegislation\b/i },
  { theme: 'awareness-prevention', pattern: /\bawareness\b|\bprevent\w* (?:human |child )?trafficking\b/i },
  { theme: 'training-professionals', pattern: /\btraining\b/i },
  { theme: 'civil-society', pattern: /\bNGOs?\b|\bcivil society\b/ },
  { theme: 'online-ict', pattern: /\bICT\b|\binformation and communication technolog\w*|\bonline\b/i },
];

export function recommendationThemes(text: string): string[] {
  return RECOMMENDATION_THEMES.filter((t) => t.pattern.test(text)).map((t) => t.theme);
}

/** A part names its own theme or else inherits its recommendation's; a reply takes what it answers. */
export function addThemeHints(items: DraftItem[]): void {
  const byKey = new Map(items.map((i) => [i.key, i]));
  for (const item of items) {
    if (item.type !== 'recommendation') continue;
    const own = recommendationThemes(item.text);
    const hints = own.length || !item.parentKey ? own : byKey.get(item.parentKey)?.themeHints ?? [];
    if (hints.length) item.themeHints = hints;
  }
  for (const item of items) {
    const answered = item.respondsToKey ? byKey.get(item.respondsToKey) : undefined;
    if (item.type === 'response' && answered?.themeHints) item.themeHints = answered.themeHints;
  }
}
