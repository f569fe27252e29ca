// A state's reply to a monitoring questionnaire: sections (Prevention, Protection …),
// "Question N Title" headings, numbered sub-questions (9.1, 9.2 …) with lettered parts
// (a–f), follow-up prompts ("→ Please specify …"), and the state's answers.
//
// Lettered parts either stand together under their question, answered once ("1.1 … a. …?
// b. …?" then the answer), or are answered one by one ("8.1 … a. …?" answer "b. …?"
// answer). Which is which shows in what follows the first part: another part, or an answer.
// Questions without numbered sub-questions (the question text follows the heading) are
// questions in their own right, numbered by their heading.
import type { DocumentKind, DraftItem, Line, SegmentResult } from '../types.js';

const SECTION = /^(Prevention|Protection|Prosecution|Partnerships|Participation|Introduction)$/;
const QUESTION_HEADING = /^Question\s+(\d+)\.?\s+(\S.*)$/;
const SUB_QUESTION = /^(\d+)\.(\d+)\.?\s+(\S.*)$/;
const LETTERED = /^([a-f])\.\s+(\S.*?[?:;])\.?\s*$/;
const FOLLOW_UP = /^→\s*(\S.*)$/;

export function segmentQuestionnaireReply(lines: Line[]): SegmentResult {
  const items: DraftItem[] = [];
  const headings: SegmentResult['headings'] = [];
  let section: string | undefined;
  let group: { n: string; heading: string; line: Line } | undefined;
  let question: DraftItem | undefined; // the latest question (or part, or follow-up)
  let numbered: DraftItem | undefined; // the latest numbered question, parent of parts
  let answer: DraftItem | undefined;
  let followUps = 0;
  let pendingUnnumbered = false;

  const sectionPath = () => [section, group?.heading].filter((s): s is string => !!s);
  const ask = (key: string, number: string | undefined, text: string, line: Line, extra: Partial<DraftItem> = {}) => {
    question = { key, type: 'question', text, start: line.start, end: line.end, section: sectionPath(), ...(number ? { number } : {}), ...extra };
    items.push(question);
    answer = undefined;
    return question;
  };

  lines.forEach((line, i) => {
    const text = line.text.trim();
    const next = lines[i + 1]?.text.trim() ?? '';
    if (SECTION.test(text)) {
      section = text;
      headings.push({ start: line.start, end: line.end });
      return;
    }
    const heading = QUESTION_HEADING.exec(text);
    if (heading) {
      group = { n: heading[1], heading: text, line };
      headings.push({ start: line.start, end: line.end });
      question = numbered = answer = undefined;
      followUps = 0;
      // A question with no numbered sub-questions: its text follows the heading.
      pendingUnnumbered = !SUB_QUESTION.test(next) && !FOLLOW_UP.test(next);
      return;
    }
    const sub = SUB_QUESTION.exec(text);
    if (sub && group && sub[1] === group.n) {
      numbered = ask(`q/${sub[1]}.${sub[2]}`, `${sub[1]}.${sub[2]}`, sub[3], line);
      followUps = 0;
      pendingUnnumbered = false;
      return;
    }
    if (pendingUnnumbered && group) {
      // The heading's own line belongs to the question: it may carry the question's footnote.
      numbered = ask(`q/${group.n}`, group.n, text, line, { title: group.heading, start: group.line.start });
      headings.pop();
      pendingUnnumbered = false;
      return;
    }
    const lettered = LETTERED.exec(text);
    if (lettered && question) {
      const opener = question.parentKey && /\.[a-f]$/.test(question.key) ? items.find((it) => it.key === question!.parentKey)! : question;
      const nextIsAnswer = ![LETTERED, FOLLOW_UP, SUB_QUESTION, QUESTION_HEADING, SECTION].some((re) => re.test(next));
      const together = answer === undefined && question === opener && (!nextIsAnswer || question.text.includes('\n'));
      // Parts come in order a, b, c …: a "b." with no "a." before it is a list in an answer.
      const lastPart = question === opener ? undefined : question.key.slice(-1);
      const inSequence = lastPart ? lettered[1].charCodeAt(0) === lastPart.charCodeAt(0) + 1 : lettered[1] === 'a';
      if (!together && !inSequence) {
        // fall through: an answer's own lettered list
      } else if (together) {
        question.text += '\n' + text;
        question.end = line.end;
      } else {
        ask(`${opener.key}.${lettered[1]}`, opener.number ? `${opener.number}.${lettered[1]}` : undefined, lettered[2], line, { parentKey: opener.key });
      }
      if (together || inSequence) return;
    }
    const followUp = FOLLOW_UP.exec(text);
    if (followUp && (numbered || group)) {
      const parentKey = numbered?.key;
      const base = numbered?.key ?? `q/${group!.n}`;
      ask(`${base}/follow-up-${++followUps}`, undefined, followUp[1], line, parentKey ? { parentKey } : {});
      return;
    }
    if (!question) {
      if (!group && !section) headings.push({ start: line.start, end: line.end });
      else items.push({ key: `p/${items.length + 1}`, type: 'paragraph', text: line.text, start: line.start, end: line.end, section: sectionPath() });
      return;
    }
    if (answer) {
      answer.text += '\n' + line.text;
      answer.end = line.end;
      return;
    }
    if (text.endsWith('?') && !/[?:]\s*$/.test(question.text)) {
      // "10.1. For Parties having made a reservation …" is a label; the question follows it.
      question.text += '\n' + line.text;
      question.end = line.end;
      return;
    }
    answer = { key: question.key.replace(/^q\//, 'a/'), type: 'answer', text: line.text, start: line.start, end: line.end, respondsToKey: question.key, section: question.section, ...(question.number ? { number: question.number } : {}) };
    items.push(answer);
  });
  return { items, headings };
}
export const questionnaireReplyKind: DocumentKind = {
  kind: 'questionnaire-reply',
  detect: (text) => (text.match(/^\s*Question \d+\.?\s+\S/gm) ?? []).length >= 3 && /^\s*\d+\.\d+\.\s+\S/m.test(text),
  segment: (layout) => segmentQuestionnaireReply(layout.lines),
};
