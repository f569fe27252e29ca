// The document's own lists of abbreviations, printed in its notes as two columns ("AI⇥Amnesty
// International, London (…);", "JS1⇥Joint submission 1 submitted by: …"), with the
// Council of Europe's bodies as attachments inside an entry ("(CoE-GRETA) Group of Experts
// …;"). The list whose abbreviations the other notes cite ("JS7, p. 8") is the list of
// stakeholders; an item cites the stakeholders named in its text and in its notes. A name
// is matched as printed, spaces and hyphens aside ("EU FRA" lists what the text calls
// "EU-FRA", "CoE- GRETA" in a note is "CoE-GRETA").
import type { Layout, NoteText } from '../../types.js';

export interface Stakeholder {
  abbreviation: string;
  name: string;
}

const ENTRY = /^\s*([\p{Lu}][\p{L}\d-]*(?:[ -][\p{Lu}\d][\p{L}\d-]*){0,2})\t+\s*(\S.*?)\s*$/u;
const ATTACHMENT = /\((\p{Lu}[\p{L}\d]*-[\p{L}\d-]+)\)\s*-?\s*([^;]+)/gu;
/** A list has at least this many entries. */
const MIN_ENTRIES = 3;

export const keyOf = (abbreviation: string) => abbreviation.replace(/[\s-]+/g, '');

/** Entries of one note's list: each line "ABBR⇥name", a name wrapped over lines joined to it. */
function entriesOf(note: NoteText): Stakeholder[] {
  const entries: Stakeholder[] = [];
  for (const line of note.text.split('\n')) {
    const m = ENTRY.exec(line);
    if (m) {
      entries.push({ abbreviation: m[1].trim(), name: m[2] });
      continue;
    }
    const last = entries[entries.length - 1];
    // A wrapped name goes on in a line of its own ("⇥Northern Ireland);"); a list heading ("Joint submissions:") does not.
    if (last && /^\s*\t/.test(line) && !/:\s*$/.test(line)) last.name += ' ' + line.trim();
  }
  const out: Stakeholder[] = [];
  for (const e of entries) {
    const name = e.name.replace(/\*+(?=\S)|(?<=\S)\*+/g, '');
    out.push({ abbreviation: e.abbreviation, name: name.replace(/\s*Attachments:.*$/i, '').replace(/[;.,]+$/, '').trim() });
    for (const a of name.matchAll(ATTACHMENT)) out.push({ abbreviation: a[1], name: a[2].replace(/[;.,]+$/, '').trim() });
  }
  return out;
}

export interface DocumentLists {
  /** The stakeholders the notes cite, by key. */
  stakeholders: Map<string, Stakeholder>;
  /** Every list entry, stakeholders and other abbreviations, for query expansion. */
  all: Stakeholder[];
  /** Numbers of the notes that are lists. */
  listNotes: Set<number>;
}

export function documentLists(layout: Layout): DocumentLists {
  const lists = layout.notes.map((note) => ({ note, entries: entriesOf(note) })).filter((l) => l.entries.length >= MIN_ENTRIES);
  const listNotes = new Set(lists.map((l) => l.note.n));
  const citations = layout.notes.filter((n) => !listNotes.has(n.n)).map((n) => keyOf(n.text.split(/[,;(]/)[0] ?? ''));
  let best: (typeof lists)[number] | undefined;
  let bestCited = 0;
  for (const list of lists) {
    const keys = new Set(list.entries.map((e) => keyOf(e.abbreviation)));
    const cited = citations.filter((c) => keys.has(c)).length;
    if (cited > bestCited) { best = list; bestCited = cited; }
  }
  const stakeholders = new Map<string, Stakeholder>();
  for (const e of best?.entries ?? []) if (!stakeholders.has(keyOf(e.abbreviation))) stakeholders.set(keyOf(e.abbreviation), e);
  return { stakeholders, all: lists.flatMap((l) => l.entries), listNotes };
}

/** Words that may be an abbreviation: capitalised tokens, hyphenated or spaced parts included. */
const TOKEN = /[\p{Lu}][\p{L}\d]*(?:\s?-\s?[\p{L}\d]+)*/gu;

/** The stakeholders a text names, in order, each once, as the text prints them. */
export function stakeholdersIn(texts: readonly string[], list: Map<string, Stakeholder>): Stakeholder[] {
  const found = new Map<string, Stakeholder>();
  for (const text of texts) {
    const tokens = [...text.matchAll(TOKEN)];
    tokens.forEach((t, i) => {
      const candidates = [t[0], i + 1 < tokens.length && tokens[i + 1].index === t.index! + t[0].length + 1 ? `${t[0]} ${tokens[i + 1][0]}` : ''];
      for (const printed of candidates.filter(Boolean)) {
        const entry = list.get(keyOf(printed));
        if (entry && !found.has(keyOf(printed))) found.set(keyOf(printed), { abbreviation: printed.replace(/\s*-\s*/g, '-'), name: entry.name });
      }
    });
  }
  return [...found.values()];
}
