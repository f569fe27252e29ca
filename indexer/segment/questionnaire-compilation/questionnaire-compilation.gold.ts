// Gold items of the compilations of replies written as fixtures (fixtures/), read off each
// document by hand: each question of the questionnaire (q/<number>, its "Question N …"
// heading as title), then one answer per Party (a/<number>/<country code>, the Party as
// printed in its title, `country` its code, `respondsTo` the question).
import type { GoldDocument, GoldItem } from '../../../test/support/fixture-gold.js';

const L = 'Lanzarote Committee';
const answer = (n: string, country: string, party: string, starts: string, extra: Partial<GoldItem> = {}): GoldItem =>
  ({ key: `a/${n}/${country}`, type: 'answer', country, title: party, starts, respondsToKey: `q/${n}`, ...extra });

const Q3 = 'Question 3. National curriculum';
const Q4 = 'Question 4. Higher education curriculum and continuous training';

export const COMPILATION_EN: GoldDocument = {
  file: 'compilation-q3-q4-en.txt',
  meta: { id: 'lanzarote-compilation-q3-q4-2019', title: 'Compilation of the replies to questions 3 and 4 (2nd monitoring round)', body: L, year: 2019, round: '2nd monitoring round', kind: 'questionnaire-compilation' },
  traps: [
    'a Party name is a short line of its own; "Bosnia and Herzegovina" and "Republic of Moldova" are several words',
    'a Party that is not a member State of the Council of Europe (Tunisia)',
    'answers with their own numbered lists; a question\'s lettered parts end in "?"',
    'the answer of the Republic of Moldova is cut by a page break after "received a guide"',
    'Albania answers both questions: each answer responds to its own question',
  ],
  items: [
    { key: 'q/3', type: 'question', number: '3', title: Q3, starts: 'Does national curriculum (primary and secondary schools, and vocational education) include', ends: 'b. self-generated sexual content?', section: [Q3] },
    answer('3', 'AL', 'Albania', 'Yes. The curriculum of pre-university education', { footnotes: [1], section: [Q3] }),
    answer('3', 'AD', 'Andorra', 'Yes, through the following modules:', { contains: ['1. “Digital citizenship” in the second cycle of primary school;'], ends: 'in secondary school.' }),
    answer('3', 'BA', 'Bosnia and Herzegovina', 'The curricula are adopted by the entities and cantons.', { footnotes: [2] }),
    answer('3', 'MD', 'Republic of Moldova', 'Yes. Since 2018 the subject “Personal development”', { ends: 'Teachers received a guide prepared with the support of UNICEF.', footnotes: [3], lacks: ['Srpska'] }),
    answer('3', 'TN', 'Tunisia', 'No reply to this question.'),
    { key: 'q/4', type: 'question', number: '4', title: Q4, starts: 'Do higher education curriculum and continuous training', ends: 'b. self-generated sexual content?', section: [Q4] },
    answer('4', 'AL', 'Albania', 'No, these topics are not addressed in higher education.', { section: [Q4] }),
    answer('4', 'AT', 'Austria', 'Yes. The University Colleges of Teacher Education', { contains: ['2. online courses for teachers on sexting and cyberbullying.'], footnotes: [4] }),
    answer('4', 'BE', 'Belgium', 'In the French Community, the initial training of teachers', { footnotes: [5] }),
  ],
};

const Q12 = 'Question 12. Règles de compétence';

export const COMPILATION_FR: GoldDocument = {
  file: 'compilation-q12-fr.txt',
  meta: { id: 'lanzarote-compilation-q12-2019-fr', title: 'Compilation des réponses à la question 12 (2e cycle de suivi)', body: L, year: 2019, round: '2nd monitoring round', kind: 'questionnaire-compilation' },
  traps: [
    'Party names in French ("Allemagne", "Fédération de Russie", "Macédoine du Nord")',
    'the answer of Luxembourg names Luxembourg in its text; the answer of Belgium names Belgium',
    'the answer of Belgium is cut by a page break after "des autorités de"',
    'an answer with its own numbered list after a line ending with ":"',
  ],
  items: [
    { key: 'q/12', type: 'question', number: '12', title: Q12, starts: 'Veuillez indiquer les règles de compétence qui s’appliquent', section: [Q12] },
    answer('12', 'DE', 'Allemagne', 'Le droit pénal allemand s’applique aux infractions commises sur le territoire national', { contains: ['1. par un ressortissant allemand ;'], footnotes: [1], section: [Q12] }),
    answer('12', 'AD', 'Andorre', 'Les tribunaux andorrans sont compétents'),
    answer('12', 'BE', 'Belgique', 'L’article 10ter du titre préliminaire', { ends: 'des autorités de l’État où les faits ont été commis.', footnotes: [2] }),
    answer('12', 'RU', 'Fédération de Russie', 'Pas de réponse.'),
    answer('12', 'LU', 'Luxembourg', 'L’article 5-1 du Code de procédure pénale'),
    answer('12', 'MK', 'Macédoine du Nord', 'Le Code pénal s’applique aux infractions commises à l’étranger'),
  ],
};

export const COMPILATION_FIXTURES: GoldDocument[] = [COMPILATION_EN, COMPILATION_FR];
