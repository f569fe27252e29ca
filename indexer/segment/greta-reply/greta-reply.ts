// Replies by national authorities to a Committee of the Parties recommendation (GRETA,
// Convention on Action against Trafficking in Human Beings): numbered recommendations, some
// with dash-bulleted parts, each recommendation or part followed by the authorities' reply.
//
// Reading order: title page (headings) → "1. <instruction>" → its reply, or its parts, each
// part followed by its reply → "2. …". Numbered lists and bullets inside replies look like
// recommendations and parts; greta-reply-lines.ts holds the rules that tell them apart.
import type { DocumentKind, DraftItem, Layout, Line, SegmentResult } from '../../types.js';
import {
  endsOpen, endsWithColon, isBullet, isLeadIn, isLoneDash, isPartBullet, recommendationOpening,
  splitMergedParts, withoutBullet,
} from './greta-reply-lines.js';
import { recommendationThemes } from './greta-reply-themes.js';
import { detector, occurrences } from '../detect.js';

/** A title-page line longer than this is prose (an introduction), not a heading. */
const MAX_FRONT_HEADING = 160;

interface ReadingState {
  expected: number;
  section: string[];
  rec?: DraftItem;
  parts: number;
  partsOpen: boolean;
  /** Recommendations or parts listed since the last reply: the next reply answers them all. */
  awaiting: DraftItem[];
  reply?: DraftItem;
  /** The reply's last line introduced a list ("… two important resources:"). */
  replyIntro: boolean;
  /** The reply's last line was an item of such a list. */
  replyBulletRun: boolean;
  /** The recommendation or part whose text a line cut by a page break may continue. */
  open?: DraftItem;
  /** Start of a lone dash (an empty list item) that the next item's span takes in. */
  dashStart?: number;
  paragraphs: number;
}

export function segmentGretaReply(layout: Layout): SegmentResult {
  const items: DraftItem[] = [];
  const headings: SegmentResult['headings'] = [];
  const s: ReadingState = { expected: 1, section: [], parts: 0, partsOpen: false, awaiting: [], replyIntro: false, replyBulletRun: false, paragraphs: 0 };

  const takeStart = (line: Line) => {
    const start = s.dashStart ?? line.start;
    s.dashStart = undefined;
    return start;
  };

  const closeReply = () => {
    if (s.reply) {
      for (const answered of s.awaiting) answered.response = s.reply.text;
      s.awaiting = [];
    }
    s.reply = undefined;
    s.replyIntro = s.replyBulletRun = false;
  };

  const openRecommendation = (line: Line, n: number, body: string, next: Line | undefined) => {
    closeReply();
    const rec: DraftItem = { key: `rec/${n}`, type: 'recommendation', number: String(n), text: body, start: takeStart(line), end: line.end, addressee: 'state', section: [...s.section] };
    items.push(rec);
    s.expected = n + 1;
    s.rec = rec;
    s.parts = 0;
    // "…, in particular by:" opens the parts; so does a part bullet printed right under it.
    s.partsOpen = endsWithColon(body) || (!!next && !next.gapBefore && isPartBullet(next.text));
    s.awaiting = [rec];
    s.open = rec;
  };

  const openParts = (line: Line) => {
    closeReply();
    const rec = s.rec!;
    for (const piece of splitMergedParts(line, layout.source)) {
      const k = ++s.parts;
      const part: DraftItem = {
        key: `rec/${rec.number}.${k}`, type: 'recommendation', number: `${rec.number}.${k}`, text: withoutBullet(piece.text),
        start: takeStart(piece), end: piece.end, parentKey: rec.key, addressee: 'state', section: [...s.section],
      };
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
    const item = s.open!;
    item.text += ' ' + line.text.trim();
    item.end = line.end;
  };

  const addToReply = (line: Line) => {
    const text = line.text.trim();
    if (!s.reply) {
      const target = s.awaiting[s.awaiting.length - 1] ?? s.rec!;
      s.reply = {
        key: target.key.replace(/^rec\//, 'reply/'), type: 'response', text: line.text, start: takeStart(line), end: line.end,
        respondsToKey: target.key, number: target.number, addressee: 'state', section: [...s.section],
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

  const readFrontMatter = (line: Line) => {
    const text = line.text.trim();
    if (text.length <= MAX_FRONT_HEADING) {
      headings.push({ start: line.start, end: line.end });
      // "Overview of recommendations to … and information on their implementation:"
      if (endsWithColon(text)) s.section = [text.replace(/\s*:$/, '')];
      return;
    }
    items.push({ key: `para/${++s.paragraphs}`, type: 'paragraph', text: line.text, start: takeStart(line), end: line.end });
  };

  /** A bullet right under a reply line ending with ":", or in a run of them, is the reply's. */
  const inReplyList = (line: Line) => !!s.reply && (s.replyIntro || (s.replyBulletRun && !line.gapBefore));

  const lines = layout.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    const text = line.text.trim();
    if (isLoneDash(text) && next && isBullet(next.text)) {
      s.dashStart ??= line.start;
      continue;
    }
    const opening = recommendationOpening(text, s.expected);
    if (opening) openRecommendation(line, opening.n, opening.body, next);
    else if (!s.rec) readFrontMatter(line);
    else if (s.partsOpen && isPartBullet(text) && !inReplyList(line)) openParts(line);
    else if (!s.partsOpen && s.parts === 0 && next && isPartBullet(next.text) && isLeadIn(text)) readLeadIn(line);
    else if (s.open && endsOpen(s.open.text) && /^[a-z]/.test(text)) continueOpen(line);
    else addToReply(line);
  }
  closeReply();
  addThemeHints(items);
  return { items, headings };
}

/** A part names its own theme or else inherits its recommendation's; a reply takes what it answers. */
function addThemeHints(items: DraftItem[]): void {
  const byKey = new Map(items.map((i) => [i.key, i]));
  for (const item of items) {
    if (item.type !== 'recommendation') continue;
    const own = recommendationThemes(item.text);
    const hints = own.length || !item.parentKey ? own : byKey.get(item.parentKey)?.themeHints ?? [];
    if (hints.length) item.themeHints = hints;
  }
  for (const item of items) {
    const answered = item.respondsToKey ? byKey.get(item.respondsToKey) : undefined;
    if (item.type === 'response' && answered?.themeHints) item.themeHints = answered.themeHints;
  }
}

export const gretaReplyKind: DocumentKind = {
  kind: 'greta-reply',
  // The cover page of every such report: the Committee of the Parties to the anti-trafficking
  // Convention, and a report on measures taken to comply with its recommendation CP/Rec(…).
  detect: detector([
    { label: 'the title block names the Committee of the Parties', weight: 1, count: (_, head) => occurrences(/Committee of the Parties|Comité des Parties/i, head) },
    { label: 'the title block names the anti-trafficking Convention', weight: 1, count: (_, head) => occurrences(/Trafficking in Human\s+Beings|traite des [êe]tres\s+humains/i, head) },
    { label: 'a report on measures taken to comply with a recommendation', weight: 2, count: (_, head) => occurrences(/measures taken to comply|mesures prises pour se conformer|CP\s*\/?\s*Rec\s*\(\d{4}\)\s*\d+/i, head) },
  ]),
  segment: (layout) => segmentGretaReply(layout),
};
