// Gold data for seeds/lanzarote-r2-questionnaire-reply-cz.txt, written by reading the
// document (not by copying the segmenter's output). Question texts are given as printed,
// without the label the item's number states ("9.1. ", "a. "); answers by their first words.

export interface QuestionGold {
  key: string;
  number?: string;
  section: 'Prevention' | 'Protection' | 'Prosecution' | 'Partnerships';
  /** The "Question N" heading the item stands under. */
  group: string;
  question: string;
  /** First words of its answer; absent when the document prints none right after it. */
  answer?: string;
  parentKey?: string;
  note?: string;
}

const P = 'Prevention';
const PR = 'Protection';
const PS = 'Prosecution';
const PA = 'Partnerships';

export const QUESTIONS: QuestionGold[] = [
  { key: 'q/1.1', number: '1.1', section: P, group: 'Question 1', question: 'Are there awareness-raising or educational activities/tools/materials/measures addressed to', answer: 'In general, prevention is a key part of sexual education', note: 'parts a–b answered together stay in the question' },
  { key: 'q/1.2', number: '1.2', section: P, group: 'Question 1', question: 'Are there awareness-raising or educational activities/tools/materials/measures specifically', answer: 'Yes, education in this area is part of compulsory education' },
  { key: 'q/1.3', number: '1.3', section: P, group: 'Question 1', question: 'Are there awareness-raising activities/tools/materials/measures addressed to parents', answer: 'Public education, including pupil parents' },
  { key: 'q/1.follow-up-1', section: P, group: 'Question 1', question: '→ Please specify which entities carry out', answer: 'Publications on the subject are provided directly to schools', note: 'trap: two prompts with repeated link annotations between them, answered once' },
  { key: 'q/2.1', number: '2.1', section: P, group: 'Question 2', question: 'How do State authorities encourage the implementation of prevention projects', answer: 'The support of preventive projects and programs' },
  { key: 'q/2.2', number: '2.2', section: P, group: 'Question 2', question: 'Please provide information on prevention activities', answer: 'Please, see the answers above.', note: 'part a ends with ";" not "?"' },
  { key: 'q/3', number: '3', section: P, group: 'Question 3', question: 'Does national curriculum (primary and secondary schools, and vocational education) include', answer: 'Yes, these topics are included in the compulsory curriculum', note: 'unnumbered: the question follows its heading' },
  { key: 'q/4', number: '4', section: P, group: 'Question 4', question: 'Do higher education curriculum and continuous training for those who will or already work', answer: 'No, these topics are not particularly targeted in higher education.', note: 'unnumbered; page number "4" after its answer' },
  { key: 'q/5.1', number: '5.1', section: P, group: 'Question 5', question: 'Have public authorities or other bodies initiated/supported research', note: 'no answer of its own: 5.2 follows directly' },
  { key: 'q/5.2', number: '5.2', section: P, group: 'Question 5', question: 'Have public authorities or other bodies conducted or supported research in particular', answer: 'There was no any research on this topic', note: 'prompt printed under the question, before any answer, is part of it' },
  { key: 'q/6.1', number: '6.1', section: PR, group: 'Question 6', question: 'What specific reporting mechanisms, including helplines, are in place', answer: 'The criminal offence may be reported with any police authority', note: 'answer quotes its own lettered list "d) … a) …"' },
  { key: 'q/6.2', number: '6.2', section: PR, group: 'Question 6', question: 'What legislative or other measures have been taken to ensure that child victims', answer: 'Child victims are considered particularly vulnerable' },
  { key: 'q/6.follow-up-1', section: PR, group: 'Question 6', question: '→ Please provide, if any, information on the number of victims', answer: 'There is no specific information available.' },
  { key: 'q/7', number: '7', section: PR, group: 'Question 7', question: 'Please describe cooperation with non-governmental organisations', answer: 'See also answer 6. 1', note: 'unnumbered question ending with "." not "?"' },
  { key: 'q/8.1', number: '8.1', section: PS, group: 'Question 8', question: 'Does national law contain any reference to:', note: 'stem of parts answered one by one' },
  { key: 'q/8.1.a', number: '8.1.a', section: PS, group: 'Question 8', parentKey: 'q/8.1', question: 'self-generated sexually explicit images and/or videos in the context of offences', answer: 'The Criminal Code does not contain explicit reference' },
  { key: 'q/8.1.b', number: '8.1.b', section: PS, group: 'Question 8', parentKey: 'q/8.1', question: 'self-generated sexual content in the context of offences', answer: 'See the answer to question 8.1.a', note: 'follows the quoted Section 193b: "b)" lists there are not parts' },
  { key: 'q/8.1.c', number: '8.1.c', section: PS, group: 'Question 8', parentKey: 'q/8.1', question: 'non-pictorial self-generated sexual content produced by children', answer: 'See the answer to question 8.1.a' },
  { key: 'q/8.2', number: '8.2', section: PS, group: 'Question 8', question: 'Does national law tackle the involvement of more than one child', answer: 'The offender commits an offence even when there is just one child.' },
  { key: 'q/8.3', number: '8.3', section: PS, group: 'Question 8', question: 'Are there specificities related to the fact that more children appear on the:', note: 'printed right under the previous answer, no blank line' },
  { key: 'q/8.3.a', number: '8.3.a', section: PS, group: 'Question 8', parentKey: 'q/8.3', question: 'self-generated sexually explicit images and/or videos when these children accept', answer: 'This can be seen as offences under the Sections 192-193a' },
  { key: 'q/8.3.b', number: '8.3.b', section: PS, group: 'Question 8', parentKey: 'q/8.3', question: 'self-generated sexual content when these children accept', answer: 'This can be seen as offences under the Sections 192-193a' },
  { key: 'q/9.1', number: '9.1', section: PS, group: 'Question 9', question: 'Does national law criminalise cases when adults:1', note: 'carries note 1 ("adults:1")' },
  { key: 'q/9.1.a', number: '9.1.a', section: PS, group: 'Question 9', parentKey: 'q/9.1', question: 'possess child self-generated sexually explicit images and/or videos?', answer: 'Yes, according to Section 192(1) of the Criminal Code' },
  { key: 'q/9.1.b', number: '9.1.b', section: PS, group: 'Question 9', parentKey: 'q/9.1', question: 'distribute or transmit child self-generated sexually explicit images and/or videos to', answer: 'Yes, it would be criminalised as Production and other disposal', note: 'answer runs over a page break and note 1' },
  { key: 'q/9.1.c', number: '9.1.c', section: PS, group: 'Question 9', parentKey: 'q/9.1', question: 'distribute or transmit child self-generated sexually explicit images and/or videos to', answer: 'Yes, such conduct is punished as Production and other disposal' },
  { key: 'q/9.2', number: '9.2', section: PS, group: 'Question 9', question: 'Are there special circumstances (including alternative interventions) under which the above', answer: 'The Criminal Code and the Criminal Procedural Code offer several alternatives', note: 'after page number "11"' },
  { key: 'q/9.3', number: '9.3', section: PS, group: 'Question 9', question: 'What are the legal consequences of the above behaviours (9.1.a-c)?', answer: 'The offender who committed behaviour described in 9.1.a-c' },
  { key: 'q/9.4', number: '9.4', section: PS, group: 'Question 9', question: 'Does national law criminalise cases when adults:2', answer: 'Czech Criminal Code does not differentiate', note: 'carries note 2; parts a–c answered together' },
  { key: 'q/9.5', number: '9.5', section: PS, group: 'Question 9', question: 'Are there special circumstances (including alternative interventions) under which the above', answer: 'Please see the answer to question 9.2.' },
  { key: 'q/9.6', number: '9.6', section: PS, group: 'Question 9', question: 'What are the legal consequences of the above behaviours (9.4.a-c)?', answer: 'The abovementioned behaviour is classified' },
  { key: 'q/9.7', number: '9.7', section: PS, group: 'Question 9', question: 'Does national law criminalise cases when children:3', note: 'printed after note 2 and a page break' },
  { key: 'q/9.7.a', number: '9.7.a', section: PS, group: 'Question 9', parentKey: 'q/9.7', question: 'produce self-generated sexually explicit images and/or videos?', answer: 'In general children are not criminally liable unless they reach the age of 15.' },
  { key: 'q/9.7.b', number: '9.7.b', section: PS, group: 'Question 9', parentKey: 'q/9.7', question: 'possess self-generated sexually explicit images and/or videos?', answer: 'No, the child who commits such activity (possesses his/her own images/videos)' },
  { key: 'q/9.7.c-f', number: '9.7.c-f', section: PS, group: 'Question 9', parentKey: 'q/9.7', question: 'c. distribute or transmit self-generated sexually explicit images and/or videos of', answer: 'Distribution or transmission of “self-generated sexually explicit images', note: 'trap: parts c–f share one answer ("as stated in letters c.-f."); part e ends "?."' },
  { key: 'q/9.8', number: '9.8', section: PS, group: 'Question 9', question: 'Are there special circumstances (including alternative interventions) under which the above', answer: 'Waiver of punishment could be applied by the specialized youth courts', note: 'answer runs over note 3 and a page break' },
  { key: 'q/9.9', number: '9.9', section: PS, group: 'Question 9', question: 'What are the legal consequences of the above behaviours (9.7.a-f)?', answer: 'The Youth Court can impose three kinds of measures' },
  { key: 'q/9.10', number: '9.10', section: PS, group: 'Question 9', question: 'Does national law criminalise cases when children: 4', note: 'carries note 4 after a space' },
  { key: 'q/9.10.a', number: '9.10.a', section: PS, group: 'Question 9', parentKey: 'q/9.10', question: 'produce self-generated sexual content?', answer: 'No, the child who commits such activity (produces his/her sexual content)' },
  { key: 'q/9.10.b', number: '9.10.b', section: PS, group: 'Question 9', parentKey: 'q/9.10', question: 'possess self-generated sexual content?', answer: 'No, the child who commits such activity (possesses his/her sexual content)' },
  { key: 'q/9.10.c', number: '9.10.c', section: PS, group: 'Question 9', parentKey: 'q/9.10', question: 'distribute or transmit self-generated sexual content to peers?', answer: 'The child should by this behaviour commit the criminal offence under the Section 201' },
  { key: 'q/9.10.d', number: '9.10.d', section: PS, group: 'Question 9', parentKey: 'q/9.10', question: 'distribute or transmit self-generated sexual content to adults?', answer: 'No, the child who commits such activity (distributes or transmits' },
  { key: 'q/9.10.e', number: '9.10.e', section: PS, group: 'Question 9', parentKey: 'q/9.10', question: 'distribute or transmit self-generated sexual content of other children to peers?', answer: 'The child should by this behaviour commit the criminal offence under the Section 192 and 201' },
  { key: 'q/9.10.g', number: '9.10.g', section: PS, group: 'Question 9', parentKey: 'q/9.10', question: 'distribute or transmit self-generated sexual content of other children to adults?', answer: 'The child should by this behaviour commit the criminal offence under the Section 192 of', note: 'trap: misprinted "g." after "e." kept as printed' },
  { key: 'q/9.11', number: '9.11', section: PS, group: 'Question 9', question: 'Are there special circumstances or alternative interventions under which the above cases', answer: 'Please see the answer to question 9.7.c-f.' },
  { key: 'q/9.12', number: '9.12', section: PS, group: 'Question 9', question: 'What are the legal consequences of the above behaviours (9.10.a-f)?', answer: 'Please see the answer to question 9.9.', note: 'after note 4 and a page break' },
  { key: 'q/10.1', number: '10.1', section: PS, group: 'Question 10', question: 'For Parties having made a reservation in accordance with Article 20(3) indent 25', note: 'label line, then the question itself; no answer (the State made no reservation)' },
  { key: 'q/10.2', number: '10.2', section: PS, group: 'Question 10', question: 'For Parties that have not made a reservation in accordance with Article 20(3) indent 26', answer: 'No, the conduct described is not regulated (criminalised) by Czech laws.' },
  { key: 'q/11', number: '11', section: PS, group: 'Question 11', question: 'How does national law address ICT facilitated sexual coercion', answer: 'Conduct described could be covered by several offences', note: 'answer runs over notes 5 and 6' },
  { key: 'q/12', number: '12', section: PS, group: 'Question 12', question: 'Please indicate which jurisdiction rules apply', answer: 'If the victim is not present in the Party when the offence is committed', note: 'heading carries note 7 ("rules7")' },
  { key: 'q/13.1', number: '13.1', section: PS, group: 'Question 13', question: 'Are there specialised units/departments/sections in charge of dealing with ICT', answer: 'There are special units of the Police of the Czech republic' },
  { key: 'q/13.2', number: '13.2', section: PS, group: 'Question 13', question: 'Please specify if there are specialised units/departments/sections', answer: 'In general, it can be referred to Act No. 218/2003 Coll.' },
  { key: 'q/13.follow-up-1', section: PS, group: 'Question 13', question: '→ Please specify how the specialised units/departments/sections referred to above', answer: 'Number of stuff depends on the size of the service district.' },
  { key: 'q/13.follow-up-2', section: PS, group: 'Question 13', question: '→ As regards law enforcement, please indicate if:', note: 'a prompt with parts answered one by one' },
  { key: 'q/13.follow-up-2.a', section: PS, group: 'Question 13', parentKey: 'q/13.follow-up-2', question: 'there is a victim identification function?', answer: 'It is mainly the office for police and investigation service' },
  { key: 'q/13.follow-up-2.b', section: PS, group: 'Question 13', parentKey: 'q/13.follow-up-2', question: "there is an active contribution to the INTERPOL's International Child Sexual Exploitation", answer: 'On the national level there have been already trained 8 people', note: 'part wraps onto "(ICSE) image database? If not, why?"' },
  { key: 'q/14', number: '14', section: PS, group: 'Question 14', question: 'What challenges do law enforcement, prosecution and courts face', answer: 'The application practice of law enforcement authorities' },
  { key: 'q/15', number: '15', section: PS, group: 'Question 15', question: 'Are the offences referred to in this questionnaire (questions 9-11) addressed in training', answer: 'a.', note: 'trap: the answer labels its parts "a." and "b. + c" — one answer' },
  { key: 'q/16.1', number: '16.1', section: PA, group: 'Question 16', question: 'What measures have been taken to co-operate with other Parties to the Lanzarote', note: 'no answer of its own' },
  { key: 'q/16.2', number: '16.2', section: PA, group: 'Question 16', question: 'What measures have been taken to co-operate with other Parties to the Lanzarote', answer: 'From the point of view of international judicial cooperation', note: 'answer after page number "24"' },
];

export const COUNTS_BY_TYPE = { question: 60, answer: 51 };

/** Headings as printed: sections and the "Question N" headings that have numbered sub-questions. */
export const HEADINGS = [
  'Prevention',
  'Question 1 Awareness-raising or educational activities/tools/materials/measures',
  'Question 2. Civil society involvement',
  'Question 5. Research',
  'Protection',
  'Question 6. Assistance to victims',
  'Prosecution',
  'Question 8. Legislation',
  'Question 9. Criminalisation',
  'Question 10. Production and possession of self-generated sexually explicit images and/or videos by children for their own private use',
  'Question 13. Specialised units/departments/sections',
  'Partnerships',
  'Question 16. International co-operation',
];

/** Which item's span carries each footnote marker (what attaches the note to it). */
export const MARKER_CARRIERS: Record<number, string> = {
  1: 'q/9.1', 2: 'q/9.4', 3: 'q/9.7', 4: 'q/9.10', 5: 'q/10.1', 6: 'q/10.2', 7: 'q/12',
};

export const PAGE_NUMBERS = ['4', '11', '24'];
