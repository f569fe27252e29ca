// Gold for Global Alliance country reports other than the seed, written by reading each
// fixture before the reader ran on it: a 2013 report (two prompts per goal, target statement
// on the heading's line, numbered goals, plain prompts, a footnote, an answer cut by a page
// break, a follow-up answer that promises nothing) and a 2014 report converted from HTML (one
// newline per paragraph, a policy target skipped, "Not applicable" and "None planned" answers,
// a contact note after the last answer).

export interface GoldItem {
  key: string;
  type: 'goal' | 'answer' | 'paragraph';
  number?: string;
  parent?: string;
  respondsTo?: string;
  starts: string;
  ends: string;
  /** A follow-up answer that states what the country will do. */
  commitment?: true;
  /** The answer's prompt, as printed (its first words). */
  prompt?: string;
  footnotes?: number[];
  section?: string[];
  note?: string;
}

const target = (n: string, starts: string, ends: string): GoldItem => ({ key: `target/${n}`, type: 'goal', number: n, starts, ends });
const goal = (n: string, starts: string, ends: string): GoldItem => ({ key: `goal/${n}`, type: 'goal', number: n, parent: `target/${n.split('.')[0]}`, starts, ends });
const answer = (goalNumber: string, letter: string, prompt: string, starts: string, ends: string, extra: Partial<GoldItem> = {}): GoldItem => ({
  key: `goal/${goalNumber}/${letter}`, type: 'answer', number: `${goalNumber}.${letter}`, respondsTo: `goal/${goalNumber}`, prompt, starts, ends, ...extra,
});

const NOW_2013 = 'A) Please describe the measures already in place';
const WILL_2013 = 'B) Please describe the specific actions that your country will undertake';

export const GA_2013_LITHUANIA = {
  file: 'ga-2013-lithuania.txt',
  items: [
    target('1', 'Enhancing efforts to identify victims', 'assistance, support and protection.'),
    goal('1.1', 'Increase the number of identified victims', 'by at least 10% yearly.'),
    answer('1.1', 'A', NOW_2013, 'The Lithuanian Criminal Police Bureau', 'upload it to the database.', { footnotes: [1] }),
    answer('1.1', 'B', WILL_2013, 'Lithuania will:', 'within one month of identification.', { commitment: true, note: 'the list of actions belongs to the answer' }),
    target('2', 'Enhancing efforts to investigate cases', 'identify and prosecute offenders.'),
    goal('2.1', 'Establish the necessary framework', 'effective prosecution of offenders.'),
    answer('2.1', 'A', NOW_2013, 'Article 309 of the Criminal Code', 'was made an offence in 2013.'),
    answer('2.1', 'B', WILL_2013, 'The Ministry of Justice will prepare amendments', 'viewing material online without downloading it.', { commitment: true, note: 'joined across the page break; the page number is not text' }),
    goal('2.2', 'Improve the joint efforts of law enforcement', 'child sexual abuse online.'),
    answer('2.2', 'A', NOW_2013, 'Lithuania takes part in the EMPACT priority', 'coordinated by Europol.'),
    answer('2.2', 'B', WILL_2013, 'No further action is planned', 'at this stage.', { note: 'promises nothing: no commitment' }),
    target('3', 'Enhancing efforts to increase public awareness', "children's activities online."),
    goal('3.1', 'Develop, improve, or support appropriate public awareness campaigns', 'others responsible for children.'),
    answer('3.1', 'A', NOW_2013, 'The Safer Internet Centre runs the campaign', 'in schools every spring.'),
    answer('3.1', 'B', WILL_2013, 'The campaign will be extended', "parents' meetings in 2014.", { commitment: true }),
    target('4', 'Reducing as much as possible the availability', 'whose sexual abuse is depicted.'),
    goal('4.1', 'Increase the speed of notice and takedown procedures', 'without jeopardizing criminal investigation.'),
    answer('4.1', 'A', NOW_2013, 'Reports received by the hotline', 'once the police agree.'),
    answer('4.1', 'B', WILL_2013, 'A memorandum with the five largest hosting providers', '48 hours for removal.', { commitment: true }),
  ] satisfies GoldItem[],
};

const REPORT_2014 = 'A) Please report on implementation of any measures announced';
const ASSESS_2014 = 'B) Please assess progress made in your country';
const FOLLOW_2014 = 'C) Please indicate specific actions that your country will undertake as a follow-up';

export const GA_2014_PORTUGAL = {
  file: 'ga-2014-portugal.txt',
  items: [
    target('1', 'Enhancing efforts to identify victims', 'assistance, support and protection.'),
    goal('1.1', 'Increase the number of identified victims', 'by at least 10% yearly.'),
    answer('1.1', 'A', REPORT_2014, 'The Judicial Police connected its forensic laboratory', 'against seven in 2013.', { note: 'two lines, one answer' }),
    answer('1.1', 'B', ASSESS_2014, 'Progress is steady', 'trained analysts.'),
    answer('1.1', 'C', FOLLOW_2014, 'Two analysts will complete', 'course in 2015.', { commitment: true }),
    target('2', 'Enhancing efforts to investigate cases', 'identify and prosecute offenders.'),
    goal('2.1', 'Establish the necessary framework', 'effective prosecution of offenders.'),
    answer('2.1', 'A', REPORT_2014, 'Law No. 103/2015 transposing', 'was submitted to Parliament.'),
    answer('2.1', 'B', ASSESS_2014, 'Not applicable.', 'Not applicable.'),
    answer('2.1', 'C', FOLLOW_2014, 'The law is expected to enter into force', 'in August 2015.', { commitment: true }),
    target('4', 'Reducing as much as possible the availability', 'whose sexual abuse is depicted.', ),
    goal('4.1', 'Encourage participation by the private sector', 'located in the relevant State.'),
    answer('4.1', 'A', REPORT_2014, 'The national hotline joined INHOPE', 'to foreign hotlines.'),
    answer('4.1', 'B', ASSESS_2014, 'Removal times fell', 'three days on average.'),
    answer('4.1', 'C', FOLLOW_2014, 'None planned.', 'None planned.', { note: 'promises nothing: no commitment' }),
    { key: 'p/1', type: 'paragraph', starts: 'Directorate-General for Justice Policy', ends: 'national working group.', section: ['Contact details'], note: 'a note after the last answer is not part of it' },
  ] satisfies GoldItem[],
};
