// Replies by national authorities to a Committee of the Parties recommendation (GRETA,
// Convention on Action against Trafficking in Human Beings), in the layouts of every round:
// - later rounds: the recommendation's numbered imperative items ("1. Develop …"), some with
//   dash-bulleted parts, each item or part followed by the authorities' reply;
// - earlier rounds: GRETA's graded paragraphs quoted ("52. GRETA considers that … should …",
//   "Le GRETA exhorte les autorités … à : - …"), each (or each part) followed by the reply,
//   often after a label ("Reply:", "Information on implementation:", "Réponse :");
// - either under thematic headings ("Core concepts and definitions", "Article 12 – …"), and
//   either after the Committee's recommendation itself ("… recommends that the Government of
//   X: 1. Take …"), whose items are keyed cp/… and graded as the GRETA text they repeat.
// Numbered lists, bullets and headings inside replies look like all of these; the line rules
// (greta-reply-lines.ts, greta-reply-quotes.ts) tell them apart.
import type { DocumentKind, DraftItem, Layout, Line, SegmentResult } from '../../types.js';
import { greta } from '../../series/greta.js';
import type { SeriesProfile } from '../../series/types.js';
import {
  endsOpen, endsWithColon, isBullet, isLeadIn, isLoneDash, isPartBullet, recommendationOpening,
  splitMergedParts, withoutBullet,
} from './greta-reply-lines.js';
import { isRecommendationLeadIn, quotedOpening, replyLabelLength, type QuotedOpening } from './greta-reply-quotes.js';
import { addCitedParagraphs, gradeListedRecommendations } from './greta-reply-grading.js';
import { isHeadingLike, plainLine, sectionStack } from './report-headings.js';
import { addThemeHints } from './greta-reply-themes.js';
import { gretaReplyDetector } from './greta-reply-detect.js';
import { keepUnplacedHeadings } from './unplaced-headings.js';

/** A title-page line longer than this is prose (an introduction), not a heading. */
const MAX_FRONT_HEADING = 160;

interface ReadingState {
  /** The number the next imperative recommendation must carry. */
  expected: number;
  /** The section the title page gives ("Overview of recommendations … :"). */
  section: string[];
  rec?: DraftItem;
  parts: number;
  partsOpen: boolean;
  /** Recommendations or parts listed since the last reply: the next reply answers them all. */
  awaiting: DraftItem[];
  reply?: DraftItem;
  /** The reply's last line introduced a list ("… two important resources:"); or was an item of one. */
  replyIntro: boolean;
  replyBulletRun: boolean;
  /** The recommendation or part whose text a line cut by a page break may continue. */
  open?: DraftItem;
  /** Start of a lone dash (an empty list item) that the next item's span takes in. */
  dashStart?: number;
  paragraphs: number;
  paragraph?: DraftItem;
  /** Quoted GRETA paragraphs read so far (the key of one printed without a number). */
  quotes: number;
  /** Reading the Committee of the Parties' own list, its title and lead-in. */
  committeeList: boolean;
  committeeTitle?: string;
  listLeadIn?: string;
  /** A label stood alone on its line: the next line opens the reply, whatever it looks like. */
  labelPending: boolean;
}

export function segmentGretaReply(layout: Layout, profile: SeriesProfile = greta): SegmentResult {
  const vocabulary = profile.reports!;
  const lines = layout.lines;
  const items: DraftItem[] = [];
  const headings: SegmentResult['headings'] = [];
  const labels: NonNullable<SegmentResult['labels']> = [];
  const stack = sectionStack(vocabulary.headingForms);
  const listed = new Set<string>();
  // A reply that quotes GRETA's paragraphs answers them; a numbered imperative list is then
  // either the Committee's recommendation (after its lead-in) or the reply's own.
  const quotedStyle = lines.some((l) => quotedOpening(profile, l.text));
  const s: ReadingState = { expected: 1, section: [], parts: 0, partsOpen: false, paragraphs: 0, quotes: 0, awaiting: [], replyIntro: false, replyBulletRun: false, committeeList: false, labelPending: false };
  const keys = new Set<string>();
  const uniqueKey = (key: string) => {
    let k = key;
    for (let i = 2; keys.has(k); i++) k = `${key}~${i}`;
    keys.add(k);
    return k;
  };
  const sectionNow = () => (s.committeeList ? [s.committeeTitle ?? s.listLeadIn ?? ''] : [...s.section, ...stack.path]);
  /** After the Committee's list and before the first quoted paragraph: the reply's preface. */
  const inPreface = () => quotedStyle && !s.committeeList && !!s.rec && listed.has(s.rec.key);
  const imperativeAllowed = () => !quotedStyle || s.committeeList;

  const takeStart = (line: Line) => {
    const start = s.dashStart ?? line.start;
    s.dashStart = undefined;
    return start;
  };

  const closeReply = () => {
    if (s.reply) for (const answered of s.awaiting) answered.response = s.reply.text;
    if (s.reply) s.awaiting = [];
    s.reply = undefined;
    s.replyIntro = s.replyBulletRun = s.labelPending = false;
  };

  const startRecommendation = (rec: DraftItem, body: string, next: Line | undefined) => {
    items.push(rec);
    s.rec = rec;
    s.parts = 0;
    // "…, in particular by:" opens the parts; so does a part bullet printed right under it.
    s.partsOpen = endsWithColon(body) || (!!next && !next.gapBefore && isPartBullet(next.text));
    s.awaiting = [rec];
    s.open = rec;
    s.paragraph = undefined;
  };

  const openRecommendation = (line: Line, n: number, body: string, next: Line | undefined) => {
    closeReply();
    const key = uniqueKey(`${s.committeeList ? 'cp' : 'rec'}/${n}`);
    listed.add(key);
    s.expected = n + 1;
    startRecommendation({ key, type: 'recommendation', number: String(n), text: body, start: takeStart(line), end: line.end, addressee: 'state', section: sectionNow() }, body, next);
  };

  const openQuoted = (line: Line, q: QuotedOpening, next: Line | undefined) => {
    closeReply();
    s.committeeList = false;
    s.quotes++;
    const rec: DraftItem = {
      key: uniqueKey(`rec/${q.number ?? s.quotes}`), type: 'recommendation', text: q.body, start: takeStart(line), end: line.end,
      urgency: q.grading.urgency, urgencyVerb: q.grading.verb, section: sectionNow(),
      ...(q.number ? { number: q.number } : {}),
      ...(profile.addresseeWords?.test(q.body) ? { addressee: 'state' as const } : {}),
    };
    startRecommendation(rec, q.body, next);
  };

  const openParts = (line: Line) => {
    closeReply();
    const rec = s.rec!;
    for (const piece of splitMergedParts(line, layout.source)) {
      const k = ++s.parts;
      const part: DraftItem = {
        key: uniqueKey(`${rec.key}.${k}`), type: 'recommendation', text: withoutBullet(piece.text), start: takeStart(piece), end: piece.end,
        parentKey: rec.key, section: rec.section,
        ...(rec.number ? { number: `${rec.number}.${k}` } : {}),
        ...(rec.urgency ? { urgency: rec.urgency, urgencyVerb: rec.urgencyVerb } : {}),
        ...(rec.addressee ? { addressee: rec.addressee } : {}),
      };
      if (listed.has(rec.key)) listed.add(part.key);
      items.push(part);
      // The recommendation is answered through its parts from here on.
      s.awaiting = [...s.awaiting.filter((a) => a !== rec), part];
      s.open = part;
    }
  };

  // "This should include steps to:" after the recommendation's first reply: part of the
  // recommendation's printed text, read as structure where it stands.
  const readLeadIn = (line: Line) => {
    closeReply();
    s.rec!.text += '\n' + line.text.trim();
    headings.push({ start: line.start, end: line.end });
    s.partsOpen = true;
    s.open = undefined;
  };

  const continueOpen = (line: Line) => {
    s.open!.text += ' ' + line.text.trim();
    s.open!.end = line.end;
  };

  const addToReply = (line: Line) => {
    const text = line.text.trim();
    s.labelPending = false;
    if (!s.reply) {
      const target = s.awaiting[s.awaiting.length - 1] ?? s.rec!;
      s.reply = {
        key: uniqueKey(`reply/${target.key.replace(/^rec\//, '')}`), type: 'response', text: line.text, start: takeStart(line), end: line.end,
        respondsToKey: target.key, ...(target.number ? { number: target.number } : {}), addressee: 'state', section: target.section,
      };
      items.push(s.reply);
      s.open = undefined;
    } else {
      s.reply.text += '\n' + line.text;
      s.reply.end = line.end;
    }
    s.replyBulletRun = isBullet(text) && (s.replyIntro || s.replyBulletRun);
    s.replyIntro = endsWithColon(text);
  };

  /** "Reply:", "Réponse : La loi …": a label (kept as structure) opening the reply. */
  const readReplyLabel = (line: Line, length: number) => {
    const lead = line.text.length - line.text.trimStart().length;
    labels.push({ start: line.start + lead, end: line.start + line.text.slice(0, length).trimEnd().length });
    s.open = undefined;
    const rest = line.text.slice(length);
    if (rest.trim() === '') s.labelPending = !s.reply;
    else addToReply({ ...line, text: rest, start: line.start + length });
  };

  const addParagraph = (line: Line) => {
    if (s.paragraph && !line.gapBefore) {
      s.paragraph.text += '\n' + line.text;
      s.paragraph.end = line.end;
      return;
    }
    s.paragraph = { key: uniqueKey(`para/${++s.paragraphs}`), type: 'paragraph', text: line.text, start: takeStart(line), end: line.end, section: sectionNow() };
    items.push(s.paragraph);
  };

  const readHeading = (line: Line) => {
    closeReply();
    stack.push(plainLine(line.text));
    headings.push({ start: line.start, end: line.end });
    s.open = s.paragraph = undefined;
  };

  const readFrontMatter = (line: Line) => {
    const text = line.text.trim();
    // A long line is prose (an introduction), unless it is the report's own title or the
    // preamble of the Committee's recommendation ("Having regard to …;"), which lead to the list.
    const title = vocabulary.titles.compliance.test(text) && !/[.;]$/.test(text);
    if (text.length > MAX_FRONT_HEADING && !title && !s.committeeTitle) {
      addParagraph(line);
      return;
    }
    headings.push({ start: line.start, end: line.end });
    if (vocabulary.recommendationTitle.test(text)) s.committeeTitle = text;
    // "Overview of recommendations to … and information on their implementation:"
    if (endsWithColon(text)) {
      s.section = [text.replace(/\s*:$/, '')];
      s.listLeadIn = text;
    }
  };

  const startCommitteeList = (line: Line) => {
    closeReply();
    headings.push({ start: line.start, end: line.end });
    s.committeeList = true;
    s.listLeadIn = line.text.trim();
    s.expected = 1;
  };

  /** The next recommendation of any kind opens at this line. */
  const opensRecommendation = (line: Line) =>
    !!quotedOpening(profile, line.text) || (imperativeAllowed() && !!recommendationOpening(line.text.trim(), s.expected));

  /** A heading above GRETA's quoted text: it and the headings right after it lead to a recommendation. */
  const headsRecommendation = (i: number) => {
    let j = i;
    while (j < lines.length && isHeadingLike(lines[j].text) && !opensRecommendation(lines[j])) j++;
    return j > i && j < lines.length && opensRecommendation(lines[j]);
  };

  /** A bullet right under a reply line ending with ":", or in a run of them, is the reply's. */
  const inReplyList = (line: Line) => !!s.reply && (s.replyIntro || (s.replyBulletRun && !line.gapBefore));

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    const text = line.text.trim();
    if (isLoneDash(text) && next && isBullet(next.text)) {
      s.dashStart ??= line.start;
      continue;
    }
    if (s.labelPending) {
      addToReply(line);
      continue;
    }
    const quoted = quotedOpening(profile, text);
    const label = s.rec && !inPreface() ? replyLabelLength(vocabulary, text) : undefined;
    const opening = imperativeAllowed() ? recommendationOpening(text, s.expected) : undefined;
    if (quoted) openQuoted(line, quoted, next);
    else if (label !== undefined) readReplyLabel(line, label);
    else if (!opening && headsRecommendation(i)) readHeading(line);
    else if (isRecommendationLeadIn(vocabulary, text)) startCommitteeList(line);
    else if (opening) openRecommendation(line, opening.n, opening.body, next);
    else if (!s.rec) readFrontMatter(line);
    else if (s.partsOpen && isPartBullet(text) && !inReplyList(line)) openParts(line);
    else if (!s.partsOpen && s.parts === 0 && next && isPartBullet(next.text) && isLeadIn(text)) readLeadIn(line);
    else if (s.open && endsOpen(s.open.text) && /^\p{Ll}/u.test(text)) continueOpen(line);
    else if (quotedStyle && (s.committeeList || inPreface())) {
      // The Committee's list has ended: the reply's preface runs to the first quoted paragraph.
      s.committeeList = false;
      if (isHeadingLike(text)) readHeading(line);
      else addParagraph(line);
    } else addToReply(line);
  }
  closeReply();
  gradeListedRecommendations(items, { listed, listLeadIn: s.listLeadIn }, vocabulary);
  addCitedParagraphs(items, vocabulary);
  addThemeHints(items);
  return { items: keepUnplacedHeadings(items, headings, layout), headings, labels };
}

export const gretaReplyKind: DocumentKind = {
  kind: 'greta-reply',
  detect: gretaReplyDetector(greta),
  segment: (layout) => segmentGretaReply(layout),
};
