// National strategies and action plans: a government or one of its ministries commits to
// tasks, measures or activities, each with the bodies responsible and a deadline. The issuer
// is whoever the title block names ("Ministry of …", "Government of …"), as printed. What the
// documents print — labels, numbering, deadlines, fulfilment wording, shapes of bodies — is
// the vocabulary below, in English and French; the readers know nothing else.
import type { SeriesProfile } from './types.js';
import type { StrategyVocabulary } from './strategy-vocabulary.js';

const strategy: StrategyVocabulary = {
  // Tried in this order: a label naming two fields takes the first ("Description of task
  // fulfilment" is fulfilment; "Term of implementation" a deadline, "Responsible for
  // implementation" the bodies, "Implementation" alone a fulfilment). "Responsible …
  // Cooperating …" in one label is a merged cell of both.
  fieldLabels: [
    { field: 'indicatorFulfilment', keys: ['fulfilment of indicator', 'fulfillment of indicator', 'réalisation des indicateurs', 'atteinte des indicateurs'] },
    { field: 'overall', keys: ['overall', 'assessment', 'appréciation', 'évaluation globale', 'rating', 'degree of fulfil', 'level of fulfil', 'degré de réalisation'] },
    { field: 'changes', keys: ['change', 'modification', 'changement'] },
    { field: 'justification', keys: ['justification', 'rationale', 'reason', 'motivation'] },
    { field: 'taskStart', keys: ['start', 'beginning', 'commencement', 'début', 'lancement', 'démarrage'] },
    {
      field: 'deadline',
      keys: [
        'deadline', 'due', 'term', 'time frame', 'timeframe', 'time limit', 'timeline', 'time schedule', 'completion date',
        'date of completion', 'end date', 'target date', 'period', 'délai', 'échéance', 'échéancier', 'calendrier',
        'date limite', 'date butoir', 'terme', 'période', 'horizon',
      ],
    },
    { field: 'timetable', keys: ['timetable', 'timing'] },
    {
      field: 'responsible',
      keys: [
        'responsib', 'responsab', 'implementing', 'implemented by', 'implementer', 'lead', 'executor', 'executing', 'executed by',
        'in charge', 'coordinating', 'accountable', 'pilote', 'porteur', 'chef de file', 'chargé',
      ],
    },
    { field: 'cooperating', keys: ['cooperat', 'co operat', 'co execut', 'partner', 'partenaire', 'involved', 'participat', 'collaborat', 'associ', 'supporting', 'contribut', 'coopér'] },
    { field: 'fulfilment', keys: ['fulfilment', 'fulfillment', 'implementation', 'progress', 'achieved', 'état de réalisation', 'réalisation', 'mise en œuvre', 'mise en oeuvre', 'bilan', 'état d avancement'] },
    { field: 'targetGroup', keys: ['target group', 'target population', 'beneficiar', 'groupe cible', 'public cible', 'public visé', 'bénéficiaire', 'population cible'] },
    { field: 'financing', keys: ['financ', 'fund', 'budget', 'cost', 'resource', 'coût', 'moyens', 'crédits'] },
    { field: 'indicators', keys: ['indicat', 'expected result', 'expected output', 'expected outcome', 'result', 'output', 'outcome', 'verification', 'résultat', 'indicateur'] },
    { field: 'goal', keys: ['goal', 'objective', 'aim', 'purpose', 'objectif', 'finalité'] },
    { field: 'description', keys: ['description', 'descriptif', 'activit', 'content', 'contenu', 'details', 'détail', 'sub activit', 'steps', 'étapes'] },
    { field: 'title', keys: ['title', 'name', 'intitulé', 'titre', 'libellé', 'dénomination'] },
    { field: 'number', keys: ['no', 'nr', 'n°', 'number', 'numéro', 'num'] },
    { field: 'notes', keys: ['note', 'remark', 'comment', 'observation', 'remarque', 'commentaire'] },
    // A record word alone ("Measure", "Action") is the task as printed; in other labels it is a filler.
    { field: 'statement', keys: ['task', 'measure', 'action', 'activity', 'mesure', 'tâche', 'activité', 'intervention'] },
  ],
  labelFillers: [
    'of', 'the', 'for', 'and', 'or', 'by', 'in', 'to', 'a', 'with', 'from', 'on', 'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'ou',
    'en', 'à', 'au', 'aux', 'pour', 'par', 'sur', 'entit', 'institution', 'body', 'bodies', 'agenc', 'authorit', 'organisation',
    'organization', 'ministr', 'department', 'unit', 'service', 'actor', 'stakeholder', 'structure', 'organisme', 'acteur',
    'ministère', 'administration', 'task', 'measure', 'action', 'activit', 'mesure', 'tâche', 'fiche', 'project', 'projet',
    'programme', 'program', 'plan', 'date', 'year', 'original', 'expected', 'estimated', 'estimé', 'planned', 'prévu',
    'success', 'performance', 'method', 'source', 'main', 'principal', 'other', 'autres', 'eur', 'euro', 'amount',
    'montant', 'total', 'suivi', 'mise', 'œuvre', 'oeuvre', 'execution', 'exécution', 'implementation', 'completion',
    'final', 'proposed', 'assignment', 'entities', 'institutions', 'indicative', 'indicatif', 'envisagé', 'attendu',
    'attendus', 'attendue', 'attendues', 'visé', 'public', 'cible', 'key', 'clé', 'clés', 'specific', 'spécifique', 'evaluation', 'évaluation',
  ],
  groupLabels: [
    { label: 'basic information', startsRecord: true },
    { label: 'evaluated task', startsRecord: true },
    { label: 'informations générales', startsRecord: true },
    { label: 'entities', startsRecord: false },
    { label: 'additional information', startsRecord: false },
    { label: 'task evaluation', startsRecord: false },
    { label: 'informations complémentaires', startsRecord: false },
  ],
  recordWords: ['task', 'measure', 'activity', 'action', 'mesure', 'tâche', 'activité', 'fiche action', 'fiche-action', 'sub-measure'],
  groupWords: [
    'objective', 'specific objective', 'strategic objective', 'goal', 'specific goal', 'strategic goal', 'priority', 'area',
    'pillar', 'chapter', 'part', 'section', 'axis', 'objectif', 'objectif spécifique', 'objectif stratégique', 'priorité',
    'axe', 'champ d\'action', 'domaine', 'pilier', 'chapitre', 'volet', 'orientation',
  ],
  goalWords: ['goal', 'objective', 'aim', 'objectif', 'finalité'],
  annexWords: ['annex', 'annexe', 'appendix', 'attachment'],
  glossaryWords: ['abbreviation', 'acronym', 'abréviation', 'sigle', 'acronyme'],
  documentWords: ['strateg', 'action plan', 'plan of action', 'programme', 'program', 'plan d\'action', 'plan national', 'stratégie', 'plan de lutte'],
  deadlines: {
    months: [
      ['january', 'jan', 'janvier', 'janv'], ['february', 'feb', 'février', 'fevrier', 'févr'], ['march', 'mar', 'mars'],
      ['april', 'apr', 'avril', 'avr'], ['may', 'mai'], ['june', 'jun', 'juin'], ['july', 'jul', 'juillet', 'juil'],
      ['august', 'aug', 'août', 'aout'], ['september', 'sep', 'sept', 'septembre'], ['october', 'oct', 'octobre'],
      ['november', 'nov', 'novembre'], ['december', 'dec', 'décembre', 'decembre', 'déc'],
    ],
    quarter: ['quarter', 'qtr', 'trimestre'],
    half: ['half', 'half-year', 'half year', 'semester', 'semestre'],
    ordinals: [
      ['first', '1st', 'i', '1', 'premier', 'première', '1er', '1re', 'ier', 'ie', 'ière'],
      ['second', '2nd', 'ii', '2', 'deuxième', 'seconde', '2e', '2ème', 'iie', 'iième'],
      ['third', '3rd', 'iii', '3', 'troisième', '3e', '3ème', 'iiie', 'iiième'],
      ['fourth', '4th', 'iv', '4', 'quatrième', '4e', '4ème', 'ive', 'ivème'],
    ],
    permanent: [
      'permanent', 'permanently', 'continuous', 'continuously', 'continual', 'continually', 'ongoing', 'on-going', 'constantly',
      'constant', 'on a continuous basis', 'on an ongoing basis', 'on a permanent basis', 'throughout the period', 'en continu',
      'en permanence', 'continu', 'continue', 'permanente', 'de manière continue', 'tout au long du plan',
    ],
    annual: ['annually', 'yearly', 'every year', 'each year', 'every school year', 'each school year', 'annuellement', 'chaque année', 'tous les ans', 'annuel', 'annuelle'],
    from: ['beginning from', 'beginning', 'starting from', 'starting', 'from', 'since', 'as of', 'as from', 'with effect from', 'dès', 'à partir de', 'à compter de', 'depuis'],
    before: [
      'by', 'until', 'till', 'before', 'not later than', 'no later than', 'up to', 'to', 'the', 'end of', 'the end of', 'of',
      'in', 'during', 'within', 'au plus tard', 'au plus tard le', 'avant', 'avant le', "d'ici", "d'ici la", "d'ici le",
      "jusqu'à", "jusqu'au", "jusqu'en", 'fin', 'le', 'la', 'en', 'de', 'du', 'courant', 'au cours de', 'pour',
    ],
    thisYear: ['this year', 'the current year', 'the year', 'current year', "l'année", "l'année en cours", 'cette année', "l'année courante"],
    rangeWords: ['to', 'until', 'till', 'au', 'à'],
    thenWords: ['then', 'and', 'thereafter', 'puis', 'et', 'ensuite'],
  },
  // Order matters: "not met" and "met in a different manner" both contain "met", "non réalisée" contains "réalisée".
  statuses: [
    { status: 'different', patterns: [/\bin (?:a|an) (?:different|other|alternative) (?:manner|way)\b/i, /\bdifferently\b/i, /\botherwise\b/i, /\bby other means\b/i, /d'une autre (?:manière|façon)/i, /\bautrement\b/i, /par d'autres moyens/i] },
    { status: 'not-met', patterns: [/\bnot\s+(?:been\s+)?(?:met|fulfilled|achieved|implemented|completed|realised|realized)\b/i, /\bunmet\b/i, /\bunfulfilled\b/i, /\bnon[\s-](?:réalisée?s?|atteinte?s?|mise?s? en œuvre)/i, /\bpas (?:été )?(?:réalisée?s?|atteinte?s?|mise?s? en œuvre)/i] },
    { status: 'partially', patterns: [/\bpartial(?:ly)?\b/i, /\bin part\b/i, /\bpartiel(?:le)?(?:ment)?\b/i, /\ben partie\b/i] },
    { status: 'met', patterns: [/\b(?:met|fulfilled|achieved|implemented|completed)\b/i, /\bréalisée?s?\b/i, /\batteinte?s?\b/i, /\bmise?s? en œuvre\b/i] },
  ],
  institutions: {
    heads: [
      'ministr', 'minister', 'office', 'police', 'government', 'department', 'directorate', 'agenc', 'service', 'inspectorate',
      'inspection', 'authorit', 'council', 'committee', 'commission', 'court', 'prosecut', 'bureau', 'centre', 'center',
      'institute', 'unit', 'presidium', 'secretariat', 'board', 'guard', 'ombudsman', 'ombudsperson', 'parliament', 'municipalit',
      'embass', 'consulate', 'ngo', 'organisation', 'organization', 'association', 'academy', 'university', 'school',
      'coordinator', 'rapporteur', 'mission', 'group', 'network', 'fund', 'foundation', 'observatory', 'gendarmerie',
      'ministère', 'gouvernement', 'direction', 'agence', 'conseil', 'comité', 'tribunal', 'cour', 'parquet', 'procureur',
      'institut', 'cellule', 'délégation', 'préfecture', 'ambassade', 'collectivit', 'commune', 'observatoire', 'organe',
      'collège', 'conférence', 'secrétariat', 'département', 'canton', 'communauté', 'région',
    ],
    portfolio: [
      'labour', 'labor', 'family', 'families', 'social', 'affairs', 'protection', 'policy', 'equal', 'opportunities',
      'equality', 'youth', 'sport', 'sports', 'science', 'education', 'research', 'health', 'culture', 'economy', 'economic',
      'finance', 'finances', 'trade', 'industry', 'tourism', 'justice', 'interior', 'internal', 'defence', 'defense',
      'foreign', 'european', 'integration', 'environment', 'agriculture', 'rural', 'transport', 'development', 'welfare',
      'employment', 'human', 'rights', 'minorities', 'gender', 'women', 'children', 'migration', 'innovation', 'technology',
      'technologies', 'regional', 'local', 'self-government', 'public', 'administration', 'digital', 'security',
      'travail', 'emploi', 'famille', 'affaires', 'sociales', 'santé', 'jeunesse', 'éducation', 'recherche', 'économie',
      'finances', 'intérieur', 'étrangères', 'égalité', 'solidarité', 'solidarités', 'dialogue', 'concertation',
      'formation', 'professionnelle', 'enfance', 'droits', 'femmes', 'cohésion', 'logement', 'numérique', 'sports',
    ],
    conjunctions: ['and', 'et', '&'],
    cooperationMarkers: [
      'with the support of', 'with the assistance of', 'in cooperation with', 'in co-operation with', 'in collaboration with',
      'in consultation with', 'together with', 'jointly with', 'assisted by', 'supported by', 'en lien avec',
      'en coopération avec', 'en collaboration avec', 'en partenariat avec', 'avec l\'appui de', 'avec le soutien de',
      'avec le concours de', 'en liaison avec', 'en concertation avec',
    ],
    articles: ['the', 'le', 'la', 'les', "l'", 'l’'],
  },
};

export const national: SeriesProfile = {
  id: 'national',
  bodies: [
    {
      // Matched on the title block only; the name as printed becomes the body.
      name: '',
      printed: /\b(?:Ministry|Ministère|Government|Gouvernement|Office|Cabinet|Council of Ministers|Federal Ministry|State Secretariat)\s+(?:of|for|du|de la|des)\s+(?:the\s+)?[\p{Lu}][\p{L}'’ -]*(?:,\s+[\p{Lu}][\p{L}'’ -]*)*(?:\s+(?:of|and|for)\s+(?:the\s+)?[\p{Lu}][\p{L}'’ -]*)*/u,
    },
  ],
  grading: [],
  strategy,
};
