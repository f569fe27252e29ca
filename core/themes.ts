// The theme taxonomy. Ids are stable: saved searches and exports refer to them.
export const THEMES = [
  { id: 'legal-framework', label: 'Legal framework' },
  { id: 'investigation-prosecution', label: 'Investigation and prosecution' },
  { id: 'jurisdiction', label: 'Jurisdiction' },
  { id: 'international-cooperation', label: 'International cooperation' },
  { id: 'victim-identification', label: 'Victim identification' },
  { id: 'victim-assistance', label: 'Victim assistance' },
  { id: 'child-protection', label: 'Child protection' },
  { id: 'labour-exploitation', label: 'Labour exploitation' },
  { id: 'awareness-prevention', label: 'Awareness and prevention' },
  { id: 'education', label: 'Education' },
  { id: 'training-professionals', label: 'Training of professionals' },
  { id: 'civil-society', label: 'Civil society' },
  { id: 'data-research', label: 'Data and research' },
  { id: 'online-ict', label: 'Online and ICT' },
] as const;
export type ThemeId = (typeof THEMES)[number]['id'];
export const THEME_IDS: readonly string[] = THEMES.map((t) => t.id);
