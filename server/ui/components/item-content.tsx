// The item's own content on its page: text, table, task fields, footnotes and what it cites.
import type { Child } from 'hono/jsx';
import type { Footnote, Item, Refs } from '../../../core/schema.js';
import { symbolCitation } from '../../../core/citation.js';
import { isLeadIn, itemLabel } from '../model/item-heading.js';
import { addresseeLabel, positionLabel, statusLabel, themeLabel } from '../model/labels.js';

/** Printed line breaks separate paragraphs and list entries; keep them. */
export const Paragraphs = ({ text }: { text: string }) => (
  <>{text.split(/\n+/).map((line) => line.trim()).filter((line) => line !== '').map((line) => <p>{line}</p>)}</>
);

interface PlacedMarker { at: number; n: number; first: boolean }

/** The notes' markers at their offsets in a text that starts `shift` characters into the item's text. */
function placedMarkers(footnotes: readonly Footnote[], shift: number, length: number): PlacedMarker[] {
  return footnotes.flatMap((note) => (note.at ?? []).map((at, k) => ({ at: at - shift, n: note.n, first: k === 0 })))
    .filter(({ at }) => at >= 0 && at <= length)
    .sort((a, b) => a.at - b.at || a.n - b.n);
}

/** A note's marker where it was printed: a link to the note (which links back). */
const NoteMarker = ({ marker }: { marker: PlacedMarker }) => (
  <sup class="fn-ref" id={marker.first ? `fnref-${marker.n}` : undefined}>
    <a href={`#fn-${marker.n}`} aria-label={`Note ${marker.n}`}>{String(marker.n)}</a>
  </sup>
);

/** Paragraphs (as Paragraphs draws them) with the note markers at their places. */
const ParagraphsWithMarkers = ({ text, markers }: { text: string; markers: readonly PlacedMarker[] }) => (
  <>
    {[...text.matchAll(/[^\n]+/g)].flatMap((line) => {
      const lead = line[0].length - line[0].trimStart().length;
      const start = (line.index ?? 0) + lead;
      const content = line[0].trim();
      if (content === '') return [];
      const end = start + content.length;
      const inLine = markers.filter(({ at }) => at >= start && at <= end);
      const pieces: (string | ReturnType<typeof NoteMarker>)[] = [];
      let from = start;
      for (const marker of inLine) {
        pieces.push(text.slice(from, marker.at), <NoteMarker marker={marker} />);
        from = marker.at;
      }
      pieces.push(text.slice(from, end));
      return [<p>{pieces}</p>];
    })}
  </>
);

export const ItemText = ({ item }: { item: Item }) => {
  // Tasks and evaluations repeat their title at the start of `text`; the description is the rest.
  const sliced = item.title !== undefined && item.text.startsWith(item.title);
  const text = item.description ?? (sliced ? item.text.slice(item.title!.length) : item.text);
  // Marker offsets are into `text`; a description is other words, so its notes are only listed.
  const markers = item.description === undefined ? placedMarkers(item.footnotes ?? [], sliced ? item.title!.length : 0, text.length) : [];
  return (
    <div class="item-text">
      {isLeadIn(item.title) && <p class="lead-in">{item.title}</p>}
      {markers.length > 0 ? <ParagraphsWithMarkers text={text} markers={markers} /> : <Paragraphs text={text} />}
    </div>
  );
};

export const ItemTable = ({ item }: { item: Item }) => {
  if (!item.rows || item.rows.length === 0) return null;
  const [head, ...rest] = item.rows;
  return (
    <div class="table-scroll" tabindex={0} role="region" aria-label="Table">
      <table>
        <thead><tr>{head.map((cell) => <th scope="col">{cell}</th>)}</tr></thead>
        <tbody>{rest.map((row) => <tr>{row.map((cell) => <td>{cell}</td>)}</tr>)}</tbody>
      </table>
    </div>
  );
};

export const ItemFields = ({ item }: { item: Item }) => {
  const list = (values?: string[]) => (values && values.length > 0 ? values.join('; ') : undefined);
  const fields: [string, Child | undefined][] = [
    ['Goal', item.goal && <Paragraphs text={item.goal} />],
    ['Start', item.start],
    ['Deadline', item.deadline],
    ['Timetable', item.timetable],
    ['Fulfilment', item.status && statusLabel(item.status)],
    ['Responsible', list(item.responsible)],
    ['Cooperating', list(item.cooperating)],
    ['Indicators', item.indicators && <Paragraphs text={item.indicators} />],
    ['Financing', item.financing],
    ['Target group', item.targetGroup],
    ['Addressed to', item.addressee && addresseeLabel(item.addressee)],
    ['Recommended by', list(item.recommendingStates)],
    ['Position of the State', item.position && positionLabel(item.position)],
    ['Explanation', item.explanation && <Paragraphs text={item.explanation} />],
    ['Citation', symbolCitation(item.symbol, itemLabel(item))],
    ['Session', item.session === undefined ? undefined : String(item.session)],
    ['Graded as', item.urgencyVerb && `“${item.urgencyVerb}”`],
    ['Themes', item.themes.length > 0 ? item.themes.map(themeLabel).join(', ') : undefined],
  ];
  const present = fields.filter((field) => field[1] !== undefined && field[1] !== '');
  if (present.length === 0) return null;
  return <dl class="item-fields">{present.map(([label, value]) => <><dt>{label}</dt><dd>{value}</dd></>)}</dl>;
};

/**
 * Links to the lists of items citing the same paragraph or recommendation, each saying whose
 * paragraph it is ("Paragraph 73 of the Lanzarote Committee’s 2nd monitoring round report"):
 * the numbers are the cited report's, not the item's own document's.
 */
const refLinks = (refs: Refs | undefined, report?: string) => {
  const of = report ? <span class="ref-of">{` of ${report}`}</span> : null;
  return refs ? [
    ...refs.paragraphs.map((n) => <><a class="ref-link" href={`/refs/paragraph/${n}`}>Paragraph {String(n)}</a>{of}</>),
    ...refs.recommendations.map((id) => <><a class="ref-link" href={`/refs/recommendation/${encodeURIComponent(id)}`}>Recommendation {id}</a>{of}</>),
  ] : [];
};

/** An item a note's reference resolves to, as a link: "Paragraph 73 – Implementation report …". */
export interface ResolvedTarget { href: string; label: string }

export const FootnoteList = ({ footnotes, resolve, citedReport }: {
  footnotes: readonly Footnote[]; resolve?: (id: string) => ResolvedTarget | undefined; citedReport?: string;
}) => {
  if (footnotes.length === 0) return null;
  return (
    <section class="item-section footnotes" aria-labelledby="footnotes-heading">
      <h2 id="footnotes-heading">Footnotes</h2>
      <ol class="footnote-list">
        {footnotes.map((note) => {
          const links = refLinks(note.refs, citedReport);
          const targets = (note.targets ?? []).flatMap((id) => resolve?.(id) ?? []);
          return (
            <li id={`fn-${note.n}`}>
              <span class="footnote-number">{String(note.n)}</span>
              <div class="footnote-body">
                <p>
                  {note.text}
                  {note.at && note.at.length > 0 && <>{' '}<a class="footnote-back" href={`#fnref-${note.n}`} aria-label={`Back to the text at note ${note.n}`}>↩</a></>}
                </p>
                {targets.length > 0 && (
                  <p class="footnote-targets">Refers to: {targets.map((t, i) => <>{i > 0 && '; '}<a href={t.href}>{t.label}</a></>)}</p>
                )}
                {note.ibidOf !== undefined && <p class="footnote-ibid">“Ibid.”: the same source as note {String(note.ibidOf)}.</p>}
                {links.length > 0 && <p class="footnote-refs">Items citing the same: {links.map((link, i) => <>{i > 0 && ', '}{link}</>)}</p>}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
};

/** What the item cites beyond its footnotes' own links (those are listed with each note). */
export const CitedReferences = ({ refs, footnotes, citedReport }: { refs: Refs | undefined; footnotes: readonly Footnote[]; citedReport?: string }) => {
  const linked = footnotes.flatMap((note) => [
    ...(note.refs?.paragraphs ?? []).map((n) => `p${n}`),
    ...(note.refs?.recommendations ?? []).map((id) => `r${id.toUpperCase()}`),
  ]);
  const links = refLinks(refs && {
    paragraphs: refs.paragraphs.filter((n) => !linked.includes(`p${n}`)),
    recommendations: refs.recommendations.filter((id) => !linked.includes(`r${id.toUpperCase()}`)),
  }, citedReport);
  if (links.length === 0) return null;
  return (
    <section class="item-section" aria-labelledby="cites-heading">
      <h2 id="cites-heading">Cites</h2>
      <p class="hint">Each link lists every item that cites the same paragraph or recommendation.</p>
      <ul class="inline-list">{links.map((link) => <li>{link}</li>)}</ul>
    </section>
  );
};
