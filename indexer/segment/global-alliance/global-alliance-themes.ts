// Themes of a Global Alliance policy target or operational goal, from the words of its aim.
// The Alliance's subject ("child sexual abuse online") is in every target, so neither
// "child" nor "online" alone says anything: the online theme needs words about online
// material itself (its availability, removal, takedown, providers).
import type { ThemeId } from '../../../core/themes.js';

const AIM_THEMES: readonly { theme: ThemeId; pattern: RegExp }[] = [
  // "identify victims", "identified victims": not "identify and prosecute offenders".
  { theme: 'victim-identification', pattern: /\bidentif\w*\s+(?:\w+\s+)?victims\b|\bvictim identification\b/i },
  { theme: 'victim-assistance', pattern: /\bassistance\b|\bsupport and protection\b/i },
  { theme: 'investigation-prosecution', pattern: /\binvestigat\w*|\bprosecut\w*|\bcriminali[sz]ation\b/i },
  { theme: 'awareness-prevention', pattern: /\bawareness\b|\bprevent\w*|\bcampaigns?\b/i },
  { theme: 'online-ict', pattern: /\bavailability of [^.]*\bonline\b|\btakedown\b|\bremov\w* [^.]*\bmaterial\b|\bproviders?\b/i },
  // Working across countries or through INTERPOL's database is international cooperation.
  { theme: 'international-cooperation', pattern: /\b(?:across|among) [^.]*\bcountries\b|\bINTERPOL\b|\binternational\b/i },
  { theme: 'civil-society', pattern: /\bNGOs?\b|\bnon-governmental\b|\bnon-profit\b/i },
];

export function aimThemes(text: string): string[] {
  return AIM_THEMES.filter((t) => t.pattern.test(text)).map((t) => t.theme);
}
