// Resolve stage: walk the notes in document order and settle what each one cites.
// "Ibid." borrows the previous note's references (an Ibid. chain keeps borrowing from the
// last note that cited something itself). A note that cites nothing is kept as an
// explanation or a link; an Ibid. with nothing before it stays unresolved.
import type { NoteText, ResolvedFootnote } from '../types.js';
import { isEmptyRefs, isIbid, parseCitations } from './parse-citations.js';

export interface ResolvedNotes {
  byNumber: Map<number, ResolvedFootnote>;
  unresolvedIbids: number[];
}

export function resolveNotes(notes: NoteText[]): ResolvedNotes {
  const byNumber = new Map<number, ResolvedFootnote>();
  const unresolvedIbids: number[] = [];
  let previous: ResolvedFootnote | undefined;
  for (const note of [...notes].sort((a, b) => a.n - b.n)) {
    const own = parseCitations(note.text);
    let resolved: ResolvedFootnote = { n: note.n, text: note.text };
    if (isIbid(note.text)) {
      if (previous) {
        const borrowed = previous.refs ?? { recommendations: [], paragraphs: [] };
        const refs = {
          recommendations: [...new Set([...borrowed.recommendations, ...own.recommendations])],
          paragraphs: [...new Set([...borrowed.paragraphs, ...own.paragraphs])],
        };
        resolved = { ...resolved, ibidOf: previous.ibidOf ?? previous.n, ...(isEmptyRefs(refs) ? {} : { refs }) };
      } else {
        unresolvedIbids.push(note.n);
      }
    } else if (!isEmptyRefs(own)) {
      resolved.refs = own;
    }
    byNumber.set(note.n, resolved);
    previous = resolved;
  }
  return { byNumber, unresolvedIbids };
}
