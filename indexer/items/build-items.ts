// Turn annotated drafts into items: settle ids, strip markers, clean text, link parents.
import type { Item } from '../../core/schema.js';
import { cleanItemText } from '../clean/cleaners.js';
import type { Marker } from '../footnotes/find-markers.js';
import { markerOffsets } from '../footnotes/marker-positions.js';
import { stripMarkers } from '../footnotes/strip-markers.js';
import type { AnnotatedDraft } from '../footnotes/attach.js';
import type { SourceDocument } from '../types.js';

/**
 * A recommendation the document does not number itself is named after the id of the
 * implementation report it cites ("rec/II-6"), when no other item cites the same ids:
 * that is the name the secretariat uses for it.
 */
export function settleKeys(annotated: AnnotatedDraft[]): Map<string, string> {
  const proposals = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const a of annotated) {
    const recs = a.refs?.recommendations ?? [];
    if (a.draft.type !== 'recommendation' || recs.length === 0 || a.draft.number) continue;
    const key = `rec/${recs.join('+')}`;
    proposals.set(a.draft.key, key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys = new Map<string, string>();
  for (const a of annotated) {
    const proposed = proposals.get(a.draft.key);
    const ok = proposed && counts.get(proposed) === 1;
    keys.set(a.draft.key, ok ? proposed : a.draft.key);
  }
  // A segmenter's own key that happens to equal a settled name keeps the name for the citing item.
  const settled = new Set([...keys.entries()].filter(([k, v]) => k !== v).map(([, v]) => v));
  for (const [k, v] of keys) if (k === v && settled.has(k)) keys.set(k, `${k}~`);
  return keys;
}

/**
 * `plainMarkers` are the plain-digit markers (taken out of the text here); `allMarkers`, when
 * given, every marker of the document, to record where each note's marker stood in the text.
 */
export function buildItems(doc: SourceDocument, annotated: AnnotatedDraft[], plainMarkers: Marker[], allMarkers: Marker[] = []): Item[] {
  const source = doc.extracted.text;
  const keys = settleKeys(annotated);
  const idOf = (key: string | undefined) => {
    if (!key) return undefined;
    const settled = keys.get(key);
    return settled ? `${doc.meta.id}/${settled}` : undefined;
  };
  const clean = (text: string | undefined, markers: Marker[]) =>
    text === undefined ? undefined : cleanItemText(stripMarkers(text, markers, source));

  return annotated.map(({ draft, footnotes, refs }) => {
    const own = plainMarkers.filter((m) => m.start >= draft.start && m.start < draft.end);
    const { key, type, text, start, end, parentKey, respondsToKey, themeHints, citedRefs, taskStart, section, title, response, issuedBy, ...fields } = draft;
    void themeHints;
    void citedRefs;
    const item: Item = {
      id: `${doc.meta.id}/${keys.get(key) ?? key}`,
      document: doc.meta.id,
      type,
      ...fields,
      text: clean(text, own) ?? '',
      body: issuedBy ?? doc.meta.body,
      year: doc.meta.year,
      themes: [],
      span: { start, end },
    };
    if (title !== undefined) item.title = clean(title, own);
    if (response !== undefined) item.response = clean(response, []);
    if (section?.length) item.section = section.map((s) => cleanItemText(s)).filter(Boolean);
    if (doc.meta.round) item.round = doc.meta.round;
    // A compilation's answer names its own Party; other items are the document's country's.
    if (doc.meta.country && !item.country) item.country = doc.meta.country;
    if (doc.meta.symbol) item.symbol = doc.meta.symbol;
    if (doc.meta.session !== undefined) item.session = doc.meta.session;
    if (taskStart !== undefined) item.start = taskStart;
    const parentId = idOf(parentKey);
    const respondsTo = idOf(respondsToKey);
    if (parentId) item.parentId = parentId;
    if (respondsTo) item.respondsTo = respondsTo;
    if (footnotes.length) {
      const inSpan = allMarkers.filter((m) => m.start >= start && m.start < end && footnotes.some((f) => f.n === m.n));
      const at = markerOffsets(item.text, inSpan, source, start);
      item.footnotes = footnotes.map((f) => ({ ...f, text: cleanItemText(f.text), ...(at.has(f.n) ? { at: at.get(f.n) } : {}) }));
    }
    if (refs) item.refs = refs;
    return item;
  });
}
