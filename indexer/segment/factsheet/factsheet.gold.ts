// Gold recommendations of seeds/lanzarote-r2-factsheet-cz-2023.txt, read off the document
// (not off the segmenter): every bullet or paragraph of the Committee's recommendation boxes,
// in order, with the grading verb that governs it, whom it addresses, the footnote markers its
// raw text carries, and how it starts and ends as printed (bullet dash and markup included).
// Keys are the segmenter's own: rec/<chapter>/<ordinal within the chapter>.

export type Urgency = 'require' | 'request' | 'invite';
export type Addressee = 'state' | 'all-parties';

export interface GoldRecommendation {
  key: string;
  urgency: Urgency;
  addressee: Addressee;
  markers: number[];
  starts: string;
  ends: string;
  note?: string;
}

const rec = (key: string, urgency: Urgency, addressee: Addressee, markers: number[], starts: string, ends: string, note?: string): GoldRecommendation =>
  ({ key, urgency, addressee, markers, starts, ends, ...(note ? { note } : {}) });

export const GOLD_RECOMMENDATIONS: GoldRecommendation[] = [
  rec('rec/II/1', 'request', 'state', [4, 5], '- The Committee **requests** that the Czech Republic ensures in its legal framework⁴', 'without actively asking for them.⁵', 'self-governing bullet; its three sub-bullets stay inside'),
  rec('rec/II/2', 'invite', 'state', [6], '- The Committee also **invites** the Czech Republic to introduce explicit references', 'prosecuted only as a last resort.⁶', 'split by a page break after "concerning CSGSIV,"'),
  rec('rec/II/3', 'request', 'state', [8], '- a child will not be prosecuted for sharing', 'intended solely for their own private use.⁸', 'governed by "The Committee **requests** the Czech Republic to ensure that:"'),
  rec('rec/II/4', 'request', 'state', [9], '- the distribution or transmission by children', 'in accordance with Article 20(2) Lanzarote Convention.⁹'),
  rec('rec/II/5', 'invite', 'all-parties', [16, 17], '- to introduce a definition of “child sexual abuse material” (CSAM)', 'Sexual Exploitation and Sexual Abuse”](#)^{16, 17}', 'braced marker ^{16, 17}, no final full stop'),
  rec('rec/II/6', 'invite', 'all-parties', [18], '- to rather use the term “child sexual abuse material”', 'the gravity of the crimes it refers to.¹⁸'),
  rec('rec/II/7', 'invite', 'all-parties', [19], '- to contemplate appropriate legal responses', 'offences covered by the Lanzarote Convention.¹⁹'),
  rec('rec/II/8', 'invite', 'all-parties', [20], '- to adopt legislative or other measures which promote as a priority', 'self-generated sexual images and/or videos.²⁰', 'split by a page break after "other measures"'),
  rec('rec/II/9', 'invite', 'all-parties', [21], '- to consider criminalising the offence of “grooming”', 'producing child sexual abuse material.²¹'),
  rec('rec/II/10', 'invite', 'all-parties', [22], '- to take into account the situation where CSGSIV are used', 'the initial detention of CSGSIV and the act of extortion.²²', 'either/or sub-bullets stay inside'),
  rec('rec/II/11', 'invite', 'all-parties', [23], '- to ensure that sexual extortion of children involving CSGSIV', 'is investigated and prosecuted.²³'),

  rec('rec/III/1', 'invite', 'state', [36], '- to establish, where appropriate, specialised units, services or persons within the courts', 'ICT facilitated sexual offences against children.³⁶'),
  rec('rec/III/2', 'invite', 'state', [37], '- to provide specific training on ICT facilitated sexual offences', 'likely to come into contact with such cases.³⁷'),
  rec('rec/III/3', 'invite', 'state', [38], '- to offer joint (or "joined-up") training for professionals', 'in order to ensure consistency at all stages.³⁸'),
  rec('rec/III/4', 'invite', 'state', [39], '- to ensure that training on ICT-facilitated sexual offences against children for law-enforcement, prosecutors', 'involving simulated or real cases.³⁹', 'after notes 24–38; "law-" + "enforcement" rejoined'),
  rec('rec/III/5', 'request', 'all-parties', [40], '- Mindful of the different contexts in the Parties', 'including staff, equipment and training.⁴⁰', '"those Parties that are not already doing so"'),
  rec('rec/III/6', 'invite', 'all-parties', [41], '- to ensure that the capacities of any investigative unit', 'between the relevant investigative units.⁴¹', 'its second sentence "the Committee invites all Parties" does not re-grade it'),
  rec('rec/III/7', 'invite', 'all-parties', [42], '- to ensure that law enforcement units, services or persons specialised', 'in offences against children involving CSGSIV.⁴²'),
  rec('rec/III/8', 'invite', 'all-parties', [43], '- to ensure that units, services or persons within courts responsible', 'and ICT technical knowledge.⁴³'),
  rec('rec/III/9', 'invite', 'all-parties', [44], '- to ensure that units, services or persons within courts responsible', 'sufficient specialisation in offences involving CSGSIV.⁴⁴'),
  rec('rec/III/10', 'require', 'all-parties', [45], '- The Committee **requires** all Parties to ensure that investigations', 'carried out without any unjustified delay.⁴⁵'),
  rec('rec/III/11', 'invite', 'all-parties', [46], '- to ensure that measures, services and technology available', 'resources are sufficiently allocated.⁴⁶', 'governed by "The Committee also **invites** all Parties"'),
  rec('rec/III/12', 'invite', 'all-parties', [47], '- to engage in and strengthen inter-Party cooperation', 'containing information on such perpetrators.⁴⁷'),
  rec('rec/III/13', 'invite', 'all-parties', [48], '- to take the necessary legislative or other measures to ensure that preservation', 'upholding the rights of the parties involved.⁴⁸'),
  rec('rec/III/14', 'invite', 'all-parties', [49], '- to take the necessary legislative or other measures to ensure that the investment', 'carried out without any unjustified delay.⁴⁹'),

  rec('rec/IV/1', 'invite', 'state', [53], '- to remove the requirement for dual criminality for offences of sexual abuse (Article 18)', 'when committed by one of their nationals.⁵³', 'plain "the Committee invites the Czech Republic:"; split by notes 50–52'),
  rec('rec/IV/2', 'invite', 'state', [54], '- to remove the requirement for dual criminality for offences of possessing', 'when committed by one of their nationals.⁵⁴'),
  rec('rec/IV/3', 'invite', 'state', [55], '- to remove the requirement for dual criminality for offences concerning solicitation', 'when committed by one of their nationals.⁵⁵'),
  rec('rec/IV/4', 'request', 'all-parties', [58], '- The Committee **requests** Parties that are not already doing so, including the Czech Republic', 'habitual residence in its territory.⁵⁸', 'all Parties although under the state-specific sub-heading'),

  rec('rec/V/1', 'request', 'all-parties', [66], '- The Committee **requests** all Parties, including the Czech Republic, to extend', 'implementation of the Lanzarote Convention.⁶⁶'),
  rec('rec/V/2', 'invite', 'all-parties', [67], '- to assess, strengthen and develop international cooperation', 'in matters related to CSGSIV.⁶⁷'),
  rec('rec/V/3', 'invite', 'all-parties', [68], '- to expand international cooperation with countries which are not Parties to the Lanzarote Convention to disseminate', 'in matters related to CSGSIV.⁶⁸', 'cut after "Lanzarote" by a page break'),
  rec('rec/V/4', 'invite', 'all-parties', [69], '- to regularly assess the difficulties', 'international cooperation and remedy them.⁶⁹'),
  rec('rec/V/5', 'invite', 'all-parties', [70], '- to strengthen cooperation with relevant intergovernmental bodies', 'providing assistance to victims, in matters related to CSGSIV.⁷⁰', 'cut after "and their" by notes 59–69'),
  rec('rec/V/6', 'invite', 'all-parties', [71], '- to consider requesting the establishment of cooperation projects', 'in matters related to CSGSIV.⁷¹'),
  rec('rec/V/7', 'invite', 'all-parties', [72], '- to support regional and international capacity building efforts', 'in matters related to CSGSIV.⁷²'),
  rec('rec/V/8', 'invite', 'all-parties', [73], '- to maintain and develop efforts to strengthen international cooperation', 'vetting, and selection, in matters related to CSGSIV.⁷³'),
  rec('rec/V/9', 'invite', 'all-parties', [74], '- to integrate, where appropriate, prevention', 'provided for the benefit of third States.⁷⁴'),

  rec('rec/VI/1', 'require', 'state', [78], '- To improve the effective implementation of the Convention, the Committee **requires** the Czech Republic', 'and it is free of charge.⁷⁸', 'cut after "to provide advice" by a page break'),
  rec('rec/VI/2', 'invite', 'state', [79], '- The Committee also **invites** the Czech Republic to promote awareness raising', 'and to those who wish to help them.⁷⁹'),

  rec('rec/VII/1', 'invite', 'all-parties', [82], '- to expand cooperation with civil society', 'the exploitation of CSGSIV.⁸²', 'lead-in opens with "To improve the effective implementation"'),
  rec('rec/VII/2', 'invite', 'all-parties', [83], '- to ensure that the forms of cooperation', 'are of a sustainable nature.⁸³'),
  rec('rec/VII/3', 'invite', 'all-parties', [84], '- to support civil society to carry out projects', 'include the issue of CSGSIV.⁸⁴'),
  rec('rec/VII/4', 'invite', 'all-parties', [85, 86], '- to encourage the participation of children', 'by ICTs and as regards CSGSIV.⁸⁶', 'two markers: "initiatives⁸⁵" and the final ⁸⁶'),

  rec('rec/VIII/1', 'invite', 'all-parties', [88], '- to ensure that explanations of the risks', 'whatever the target audience.⁸⁸'),
  rec('rec/VIII/2', 'invite', 'all-parties', [89], '- to ensure that awareness-raising for children about the risks', 'their age and degree of maturity.⁸⁹'),
  rec('rec/VIII/3', 'invite', 'all-parties', [90], '- to use unchanged, wherever possible', 'distribution through social media.⁹⁰', 'cut after "and their" by a page break'),
  rec('rec/VIII/4', 'invite', 'all-parties', [91], '- to have available awareness-raising tools', 'suitable for children with disabilities.⁹¹'),
  rec('rec/VIII/5', 'invite', 'all-parties', [92], '- to ensure that awareness-raising for children regarding the risks', 'led first and foremost by their peers.⁹²'),
  rec('rec/VIII/6', 'invite', 'all-parties', [93], '- to promote themselves and to encourage the information', 'and about the preventive measures that can be taken.⁹³', 'cut after "and about" by notes 87–92'),
  rec('rec/VIII/7', 'invite', 'all-parties', [94], '- to step-up awareness-raising for parents', 'the preventive measures that can be taken.⁹⁴'),
  rec('rec/VIII/8', 'invite', 'all-parties', [95], '- to promote or conduct awareness-raising campaigns for the general public', 'the preventive measures that can be taken.⁹⁵', 'cut after "risks of sexual"'),
  rec('rec/VIII/9', 'invite', 'all-parties', [96], '- to take the necessary measures to ensure co-ordination', 'sexual images and/or videos of themselves.⁹⁶'),

  rec('rec/IX/1', 'invite', 'all-parties', [99], '- to consistently involve children', 'internet safety awareness programmes.⁹⁹'),
  rec('rec/IX/2', 'invite', 'all-parties', [100], '- to ensure that there is a standing national internet safety resource', 'an ongoing programme of activities.¹⁰⁰'),
  rec('rec/IX/3', 'invite', 'all-parties', [101], '- to provide information to children on child sexual exploitation', 'appropriate for their age and maturity.¹⁰¹', 'cut after "as regards CSGSIV,"'),
  rec('rec/IX/4', 'invite', 'all-parties', [102], '- to ensure that parents, caregivers and educators are involved', 'in particular as regards CSGSIV.¹⁰²'),

  rec('rec/X/1', 'require', 'state', [105], '- to ensure that the persons who have regular contacts with children are equipped', 'in the social protection sector.¹⁰⁵', 'indented sub-bullets stay inside'),
  rec('rec/X/2', 'require', 'state', [106], '- to ensure that the persons who have regular contacts with children are informed of the possibility', 'sport, culture and leisure activities.¹⁰⁶', 'sub-bullets flattened by a page break stay inside'),
  rec('rec/X/3', 'require', 'state', [107], ' - to encourage awareness of the protection and rights of children', 'sport, culture and leisure activities.¹⁰⁷', 'indented like a sub-bullet, but a recommendation of its own'),
  rec('rec/X/4', 'invite', 'state', [108], '- The Committee also **invites** the Czech Republic to ensure', 'through education or continuous training.¹⁰⁸'),
  rec('rec/X/5', 'invite', 'all-parties', [109], '- The Committee **invites** all Parties, including the Czech Republic, to ensure that all the sectors', 'the risks associated with CSGSIV.¹⁰⁹', 'its note 109 is printed after the promising practice'),

  rec('rec/XI/1', 'invite', 'state', [113], '- Therefore, the Committee **invites** the Czech Republic to take', 'the requirements of personal data protection.¹¹³'),
  rec('rec/XI/2', 'invite', 'all-parties', [114], '- to collect data and undertake research', 'evaluate the phenomenon of CSGSIV.¹¹⁴'),
  rec('rec/XI/3', 'invite', 'all-parties', [115], '- to ensure that data on the phenomenon of CSGSIV', 'research on the issue is regularly undertaken.¹¹⁵', 'cut after "regularly collected and"'),
  rec('rec/XI/4', 'invite', 'all-parties', [116], '- to build on the findings from existing research', 'tackle the issues raised by CSGSIV.¹¹⁶'),
];

/** Counted by reading the boxes chapter by chapter. */
export const RECOMMENDATIONS_PER_CHAPTER: Record<string, Partial<Record<Urgency | Addressee, number>>> = {
  II: { request: 3, invite: 8, state: 4, 'all-parties': 7 },
  III: { require: 1, request: 1, invite: 12, state: 4, 'all-parties': 10 },
  IV: { request: 1, invite: 3, state: 3, 'all-parties': 1 },
  V: { request: 1, invite: 8, 'all-parties': 9 },
  VI: { require: 1, invite: 1, state: 2 },
  VII: { invite: 4, 'all-parties': 4 },
  VIII: { invite: 9, 'all-parties': 9 },
  IX: { invite: 4, 'all-parties': 4 },
  X: { require: 3, invite: 2, state: 4, 'all-parties': 1 },
  XI: { invite: 4, state: 1, 'all-parties': 3 },
};

/** Observations per chapter: plain paragraphs, the "… as the Czech Republic has:" lead-in and its 7 bullets. */
export const OBSERVATIONS_PER_CHAPTER: Record<string, number> = { II: 5, III: 9, IV: 5, V: 3, VI: 1, VII: 2, VIII: 1, IX: 2, X: 1, XI: 2 };

export const CHAPTER_THEMES: Record<string, string[]> = {
  'I. Introduction': [],
  'II. Legal frameworks': ['legal-framework'],
  'III. Investigations and prosecution': ['investigation-prosecution'],
  'IV. Jurisdiction rules': ['jurisdiction'],
  'V. International cooperation': ['international-cooperation'],
  'VI. Assistance to victims': ['victim-assistance'],
  'VII. Civil society involvement and cooperation': ['civil-society'],
  'VIII. Promoting awareness of the risks of sexual exploitation and sexual abuse faced by children generating and/or sharing sexual images and/or videos of themselves': ['awareness-prevention', 'online-ict'],
  'IX. Education for children': ['education'],
  'X. Higher education curriculum and continuous training': ['training-professionals'],
  'XI. Research': ['data-research'],
};
