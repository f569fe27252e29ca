// Lanzarote Committee factsheets: chapters (II. Legal frameworks …) with observations,
// recommendations graded require / request / invite, and promising practices.
//
// A recommendation is either a bullet governed by a lead-in ("The Committee **invites** all
// Parties, including the Czech Republic:") or a bullet that governs itself ("- The Committee
// **requests** that …"). Sub-bullets stay inside their recommendation; the converter's
// indentation cannot be trusted for that (a page break flattens it), so a bullet is a
// sub-bullet when the recommendation before it opened a list (ends with ":") or already
// has sub-bullets, and it does not itself start a recommendation ("to …", "The Committee …").
import type { DocumentKind, DraftItem, Line, SegmentResult } from '../types.js';
import { addresseeOf, addresseeOfHeading, gradingOf, themesOfChapter } from './factsheet-grading.js';

const CHAPTER = /^([IVX]+)\.\s+(\S.*)$/;
const BULLET = /^\s*[-•▪]\s+/;
const STARTS_RECOMMENDATION = /^(?:to\b|the committee\b|mindful\b|therefore\b|to improve\b)/i;
const MAX_HEADING = 260;
const PRACTICE_HEADING = /^promising practices?$/i;

interface ListContext {
  kind: 'recommendation' | 'observation';
  urgency?: DraftItem['urgency'];
  addressee?: DraftItem['addressee'];
  leadIn: string;
}

function isHeading(line: Line, next: Line | undefined): boolean {
  const t = line.text.trim();
  if (!line.gapBefore || BULLET.test(t) || t.length > MAX_HEADING || t.includes('\t')) return false;
  if (/[.;:,!?]["”’]?$/.test(t) || /[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(t)) return false;
  return next === undefined || next.gapBefore;
}

export function segmentFactsheet(lines: Line[]): SegmentResult {
  const items: DraftItem[] = [];
  const headings: SegmentResult['headings'] = [];
  const counters = new Map<string, number>();
  const nextKey = (prefix: string) => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    // "rec/II/3" (chapter, ordinal) cannot be mistaken for the report's own "rec/II-3".
    return `${prefix}/${n}`;
  };
  let chapter: { numeral: string; heading: string; themes: string[] } | undefined;
  let subHeading: string | undefined;
  let topic: string[] = [];
  let sectionAddressee: DraftItem['addressee'];
  let inPractice = false;
  let list: ListContext | undefined;
  let current: DraftItem | undefined;
  let subBullets = false;

  const section = () => [chapter?.heading, subHeading, ...topic].filter((s): s is string => !!s);
  const push = (item: Omit<DraftItem, 'section' | 'themeHints'>) => {
    const full: DraftItem = { ...item, section: section(), ...(chapter?.themes.length ? { themeHints: chapter.themes } : {}) };
    items.push(full);
    current = full;
    subBullets = false;
    return full;
  };
  const typeOfProse = (): DraftItem['type'] => (inPractice ? 'practice' : !chapter || chapter.numeral === 'I' || !subHeading ? 'paragraph' : 'observation');
  const prefixOf = (type: DraftItem['type']) => ({ recommendation: 'rec', observation: 'obs', practice: 'practice' } as Record<string, string>)[type] ?? 'para';

  lines.forEach((line, i) => {
    const text = line.text.trim();
    const bullet = BULLET.test(text);
    if (text.includes('\t') && !chapter) {
      headings.push({ start: line.start, end: line.end }); // table of contents
      return;
    }
    if (!bullet && isHeading(line, lines[i + 1])) {
      headings.push({ start: line.start, end: line.end });
      list = undefined;
      current = undefined;
      const ch = CHAPTER.exec(text);
      if (ch) {
        chapter = { numeral: ch[1], heading: text, themes: themesOfChapter(ch[2]) };
        subHeading = undefined;
        topic = [];
        sectionAddressee = undefined;
        inPractice = false;
      } else if (PRACTICE_HEADING.test(text)) {
        inPractice = true;
        topic = [text];
      } else if (addresseeOfHeading(text) || /^(?:observations|generic recommendations|key findings)\b/i.test(text)) {
        subHeading = text;
        topic = [];
        sectionAddressee = addresseeOfHeading(text);
        inPractice = false;
      } else if (chapter) {
        topic = topic.length && /^\(/.test(text) ? [...topic, text] : [text];
      }
      return;
    }
    if (!chapter) {
      headings.push({ start: line.start, end: line.end }); // title page
      return;
    }
    const body = text.replace(BULLET, '');
    const urgency = gradingOf(text);
    if (bullet && current && current.type === 'recommendation' &&
      (/:\s*$/.test(current.text) || subBullets) && !STARTS_RECOMMENDATION.test(body) && !urgency) {
      current.text += '\n' + line.text;
      current.end = line.end;
      subBullets = true;
      return;
    }
    if (!bullet && /:\s*$/.test(text)) {
      // A lead-in governs the bullets that follow it. A graded lead-in is part of each
      // recommendation's wording (kept as its title), not an item of its own.
      if (urgency) {
        list = { kind: 'recommendation', urgency, addressee: addresseeOf(text, sectionAddressee), leadIn: text };
        headings.push({ start: line.start, end: line.end });
        current = undefined;
      } else {
        // An ungraded lead-in ("… as the Czech Republic has:") is an item of its own; each
        // bullet after it is a statement of its own, citing its own paragraphs.
        list = { kind: 'observation', leadIn: text };
        const type = typeOfProse();
        push({ key: nextKey(`${prefixOf(type)}/${chapter.numeral}`), type, text: line.text, start: line.start, end: line.end });
      }
      return;
    }
    if (bullet && urgency) {
      push({ key: nextKey(`rec/${chapter.numeral}`), type: 'recommendation', text: line.text, start: line.start, end: line.end, urgency, addressee: addresseeOf(text, sectionAddressee) });
      return;
    }
    if (bullet && list) {
      if (list.kind === 'recommendation') {
        push({ key: nextKey(`rec/${chapter.numeral}`), type: 'recommendation', text: line.text, start: line.start, end: line.end, urgency: list.urgency, addressee: list.addressee, title: list.leadIn });
      } else {
        const type = typeOfProse();
        push({ key: nextKey(`${prefixOf(type)}/${chapter.numeral}`), type, text: line.text, start: line.start, end: line.end, title: list.leadIn });
      }
      return;
    }
    list = undefined;
    const type = urgency ? 'recommendation' : typeOfProse();
    push({
      key: nextKey(`${prefixOf(type)}/${chapter.numeral}`),
      type, text: line.text, start: line.start, end: line.end,
      ...(urgency ? { urgency, addressee: addresseeOf(text, sectionAddressee) } : {}),
    });
  });
  return { items, headings };
}

export const factsheetKind: DocumentKind = {
  kind: 'factsheet',
  detect: (text) => /\bFACTSHEET\b/i.test(text.slice(0, 3000)) && /Lanzarote/i.test(text) && /\*{0,2}(?:requires|requests|invites)\*{0,2}/.test(text),
  segment: (layout) => segmentFactsheet(layout.lines),
};
