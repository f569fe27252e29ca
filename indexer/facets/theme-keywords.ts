// Strong lexical evidence for a theme, whatever the heading says: an item on helplines in a
// chapter on education is still about victim assistance. Reviewed by hand; keep it short.
export const THEME_KEYWORDS: Record<string, RegExp> = {
  'labour-exploitation': /\blabou?r (?:exploitation|trafficking|inspect\w*)|forced labou?r|exploitative working|employment agenc/i,
  'online-ict': /\bonline\b|\binternet\b|\bICTs?\b|information and communication technolog|cyber\w*|\bsexting\b|\bwebcam/i,
  'victim-identification': /identif\w* (?:of )?(?:\w+ )?victims|victim identification|indicators of trafficking/i,
  'victim-assistance': /\bhelplines?\b|\bhotlines?\b|assistance to (?:child )?victims|support (?:and|to) victims|\bcompensation\b|\bshelter\w*/i,
  'international-cooperation': /international (?:judicial |police )?co-?operation|\bEurojust\b|\bEuropol\b|\bINTERPOL\b|mutual legal assistance/i,
  'data-research': /\bdata collection\b|\bstatistic\w*|\bresearch\b|\bstudy\b|\bdatabase\b/i,
  // Schools of the professions ("Judicial Academy", "Police College"), not one country's.
  'training-professionals': /\btraining\b|\b(?:judicial|police|magistrates'?|prosecutors'?) (?:academy|college|school|institute)\b|\bseminars?\b/i,
  'education': /\bschools?\b|\bcurricul\w*|\bsexual education\b|\bpupils?\b/i,
  'awareness-prevention': /awareness|\bcampaigns?\b|\bprevention\b/i,
  'civil-society': /\bcivil society\b|\bNGOs?\b|non-governmental|non-profit/i,
  'child-protection': /\bchild(?:ren)? (?:protection|victims|trafficking)\b|unaccompanied|best interests of the child/i,
  'investigation-prosecution': /\bprosecut\w*|\binvestigat\w*|criminal proceedings|\bconvict\w*/i,
  'jurisdiction': /\bjurisdiction\b|territoriality|dual criminality/i,
  // A statute cited by number in any country's form ("Act No. 40/2009", "Law Nr. 12", "Loi n° 2016-444").
  'legal-framework': /\bCriminal Code\b|\blegislat\w*|\blegal framework\b|\b(?:Act|Law|Code|Loi|Decree|Décret) (?:No\.?|Nr\.?|n°)\s*\d/i,
};

export function keywordThemes(text: string): string[] {
  return Object.entries(THEME_KEYWORDS).filter(([, re]) => re.test(text)).map(([id]) => id);
}
