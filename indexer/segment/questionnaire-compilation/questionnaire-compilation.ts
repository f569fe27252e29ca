// Compilations of the Parties' replies, question by question: the questionnaire's question
// ("Question 3. National curriculum" and its text, or its numbered sub-questions "9.1. …"),
// then for each Party a short line naming it (in English or French) and its answer, up to
// the next Party or question. The Party line is known by its shape — a line of its own
// between blank lines — and by the series' list of Parties (data, in English and French);
// its code becomes the answer's `country`, the name as printed its title.
//
// A question's own text runs from its heading to the first Party; an answer holds everything
// up to the next Party or question, its numbered lists and a tail cut by a page break
// included. Before the first question, short lines are the title page and running text is
// paragraphs; a text with no question at all is paragraphs.
import type { DocumentKind, DraftItem, Layout, SegmentResult } from '../../types.js';
import { detector, distinct, occurrences } from '../detect.js';
import { lanzarote } from '../../series/lanzarote.js';
import { partyNamed, type Party } from '../../series/parties.js';
import { NUMBERED_QUESTION, QUESTION_HEADING, comesAfter, isSectionTitle, isTitlePageLine, plain, toBlocks, type Block } from '../questionnaire/questionnaire-lines.js';
import { questionTitleThemes, sectionThemes } from '../questionnaire/questionnaire-themes.js';
import { stripSuperscriptMarkers } from '../../footnotes/find-markers.js';

const PARTIES = lanzarote.parties ?? [];

/** A Party's name on a line of its own. */
function partyLine(block: Block): Party | undefined {
  return block.lines.length === 1 && block.lines[0].gapBefore ? partyNamed(PARTIES, block.text) : undefined;
}

const label = (block: Block) => plain(stripSuperscriptMarkers(block.lines[0].text)).replace(/\s+/g, ' ').trim();

export function segmentQuestionnaireCompilation(layout: Layout): SegmentResult {
  const items: DraftItem[] = [];
  const headings: SegmentResult['headings'] = [];
  const blocks = toBlocks(layout.lines);
  const used = new Set<string>();
  let section: { label: string; themes: string[] } | undefined;
  let heading: { n: string; label: string; themes: string[] } | undefined;
  let question: DraftItem | undefined;
  let answer: DraftItem | undefined;

  const unique = (key: string) => {
    let k = key;
    for (let n = 2; used.has(k); n++) k = `${key}~${n}`;
    used.add(k);
    return k;
  };
  const path = () => [section?.label, heading?.label].filter((s): s is string => !!s);
  const themes = () => [...new Set([...(section?.themes ?? []), ...(heading?.themes ?? [])])];
  const extend = (item: DraftItem, block: Block) => {
    item.text += '\n' + block.text;
    item.end = block.end;
  };
  const openQuestion = (number: string, block: Block | undefined, title?: { text: string; start: number; end: number }) => {
    const start = title?.start ?? block!.start;
    question = {
      key: unique(`q/${number}`), type: 'question', number, text: block?.text.replace(/^(\s*(?:\*\*)?)\d{1,2}\.\d{1,2}\.?\s+/, '$1') ?? '',
      start, end: block?.end ?? title!.end, section: path(), ...(title ? { title: title.text } : {}),
    };
    if (themes().length) question.themeHints = themes();
    items.push(question);
    answer = undefined;
  };

  blocks.forEach((block, i) => {
    const text = plain(block.lines[0].text);
    const printedHeading = QUESTION_HEADING.exec(text);
    const sub = NUMBERED_QUESTION.exec(text);
    const party = partyLine(block);
    const next = blocks[i + 1];
    if (isSectionTitle(block, !!next && QUESTION_HEADING.test(plain(next.lines[0].text))) && !party) {
      section = { label: label(block), themes: sectionThemes(label(block)) };
      heading = undefined;
      question = answer = undefined;
      headings.push({ start: block.start, end: block.end });
    } else if (printedHeading) {
      heading = { n: printedHeading[1], label: label(block), themes: questionTitleThemes(label(block)) };
      const title = { text: block.lines[0].text.trim(), start: block.start, end: block.end };
      // "Question 9" with sub-questions "9.1.", "9.2." is a heading; otherwise it titles its question.
      if (next && NUMBERED_QUESTION.exec(plain(next.lines[0].text))?.[1] === heading.n) {
        headings.push({ start: block.start, end: block.end });
        question = answer = undefined;
      } else openQuestion(heading.n, undefined, title);
    } else if (sub && heading && sub[1] === heading.n && comesAfter(`${sub[1]}.${sub[2]}`, question?.number)) {
      openQuestion(`${sub[1]}.${sub[2]}`, block);
    } else if (party && question) {
      const number = question.number!;
      // The Party line belongs to its answer (its span starts there): a marker on it attaches to the answer.
      answer = {
        key: unique(`a/${number}/${party.code}`), type: 'answer', text: '', start: block.start, end: block.end, country: party.code,
        title: label(block), respondsToKey: question.key, section: question.section,
        ...(question.themeHints ? { themeHints: question.themeHints } : {}),
      };
      items.push(answer);
    } else if (answer) {
      if (answer.text === '') {
        answer.text = block.text;
        answer.end = block.end;
      } else extend(answer, block);
    } else if (question) {
      if (question.text === '') {
        question.text = block.text;
        question.end = block.end;
      } else extend(question, block);
    } else if (isTitlePageLine(block.text) && blocks.slice(i + 1).some((b) => QUESTION_HEADING.test(plain(b.lines[0].text)))) {
      headings.push({ start: block.start, end: block.end }); // the title page
    } else items.push({ key: unique(`p/${items.length + 1}`), type: 'paragraph', text: block.text, start: block.start, end: block.end, section: path() });
  });
  return { items: items.filter((item) => item.text !== '' || item.type === 'question'), headings };
}

export const detectQuestionnaireCompilation = detector([
  { label: '{n} lines naming a Party on their own', weight: 3, atLeast: 4, count: (text) => text.split('\n').filter((l) => l.trim() && partyNamed(PARTIES, l)).length },
  { label: 'the title block says "compilation"', weight: 2, count: (_, head) => occurrences(/\bcompilation\b/i, head) },
  { label: '{n} "Question N" headings', weight: 1, count: (text) => distinct(/^\s*(?:\*\*)?Question\s+(\d+)\.?\s+\p{Lu}/mu, text) },
], 4);

export const questionnaireCompilationKind: DocumentKind = {
  kind: 'questionnaire-compilation',
  detect: detectQuestionnaireCompilation,
  segment: (layout) => segmentQuestionnaireCompilation(layout),
};
