// Replies by national authorities to a Committee of the Parties recommendation (GRETA,
// Convention on Action against Trafficking in Human Beings): numbered recommendations, some
// with dash-bulleted parts, each followed by the authorities' reply.
//
// Numbered lists and bullets inside a reply look like recommendations and parts, so:
// a recommendation is the next number in sequence (1, 2, 3 …) opening a full sentence;
// a part is a bullet starting in lower case ("- ensure that …", "- strengthening …") once
// a lead-in ending with ":" has opened the parts ("…, and in particular to:", "This should
// include steps to:"); reply bullets name things ("- The *ECHR Case Law …*").
import type { DocumentKind, DraftItem, Line, SegmentResult } from '../types.js';

const NUMBERED = /^(\d{1,2})\.\s+(\S.*)$/;
const BULLET = /^\s*[-•▪]\s+/;
const PART_START = /^\s*[-•▪]\s+[a-z]/;
/** A recommendation is a sentence of some length, not a short list label like "1. Roundtables". */
const MIN_RECOMMENDATION = 60;

interface Open {
  rec?: DraftItem;
  part?: DraftItem;
  partsOpen: boolean;
  reply?: DraftItem;
  parts: number;
}

/** "…territory; - establishing safe reporting…": two parts the converter put on one line. */
function splitMergedParts(line: Line): Line[] {
  const out: Line[] = [];
  let from = 0;
  for (const m of line.text.matchAll(/;\s+-\s+(?=[a-z])/g)) {
    const cut = (m.index ?? 0) + 1;
    out.push({ ...line, text: line.text.slice(from, cut), start: line.start + from, end: line.start + cut });
    from = cut + m[0].indexOf('-') - 1; // the next part keeps its dash
  }
  out.push({ ...line, text: line.text.slice(from), start: line.start + from, gapBefore: from === 0 ? line.gapBefore : false });
  return out;
}

export function segmentGretaReply(lines: Line[]): SegmentResult {
  const items: DraftItem[] = [];
  const headings: SegmentResult['headings'] = [];
  const open: Open = { partsOpen: false, parts: 0 };
  let expected = 1;

  const closeReply = () => {
    if (open.reply) {
      const target = items.find((i) => i.key === open.reply!.respondsToKey);
      if (target) target.response = open.reply.text;
    }
    open.reply = undefined;
  };
  const answered = () => open.part ?? open.rec;

  for (const line of lines.flatMap(splitMergedParts)) {
    const text = line.text.trim();
    const numbered = NUMBERED.exec(text);
    if (!BULLET.test(text) && numbered && Number(numbered[1]) === expected && text.length >= MIN_RECOMMENDATION) {
      closeReply();
      const n = expected++;
      const rec: DraftItem = { key: `rec/${n}`, type: 'recommendation', number: String(n), text: numbered[2], start: line.start, end: line.end, addressee: 'state', section: [`Recommendation ${n}`] };
      items.push(rec);
      Object.assign(open, { rec, part: undefined, partsOpen: /:\s*$/.test(text), parts: 0 });
      continue;
    }
    if (!open.rec) {
      headings.push({ start: line.start, end: line.end }); // title page and overview heading
      continue;
    }
    if (open.partsOpen && PART_START.test(text)) {
      closeReply();
      const k = ++open.parts;
      const n = open.rec.number!;
      const part: DraftItem = { key: `rec/${n}.${k}`, type: 'recommendation', number: `${n}.${k}`, text: text.replace(BULLET, ''), start: line.start, end: line.end, parentKey: open.rec.key, addressee: 'state', section: [`Recommendation ${n}`] };
      items.push(part);
      open.part = part;
      continue;
    }
    if (!BULLET.test(text) && /:\s*$/.test(text) && text.length < 120 && !open.partsOpen && /\b(?:include|in particular|by|to)\b[^.]*:\s*$/.test(text)) {
      // "This should include steps to:" — the recommendation goes on after its first reply.
      closeReply();
      open.rec.text += '\n' + text;
      open.partsOpen = true;
      open.part = undefined;
      headings.push({ start: line.start, end: line.end });
      continue;
    }
    const target = answered()!;
    if (!open.reply) {
      const key = target.key.replace(/^rec\//, 'reply/');
      open.reply = { key, type: 'response', text: line.text, start: line.start, end: line.end, respondsToKey: target.key, number: target.number, addressee: 'state', section: target.section };
      items.push(open.reply);
    } else {
      open.reply.text += '\n' + line.text;
      open.reply.end = line.end;
    }
  }
  closeReply();
  return { items, headings };
}

export const gretaReplyKind: DocumentKind = {
  kind: 'greta-reply',
  detect: (text) => {
    const head = text.slice(0, 4000);
    return /Committee of the Parties/i.test(head) && /(?:CP\/Rec|GRETA|Trafficking in Human Beings)/i.test(head) && /measures taken to comply/i.test(head);
  },
  segment: (layout) => segmentGretaReply(layout.lines),
};
