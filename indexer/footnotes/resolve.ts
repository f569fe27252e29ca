// Resolve stage: walk the notes in document order and settle what each one cites.
// "Ibid." borrows the previous note's references (an Ibid. chain keeps borrowing from the
// last note that cited something itself). A note that cites nothing is kept as an
// explanation or a link; an Ibid. with nothing before it stays unresolved.
import type { Refs } from '../../core/schema.js';
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
        // "Ibid., para. 13" after a note citing one document by its symbol: that document's paragraph 13.
        const sameDocument = borrowed.documents?.length === 1 && own.paragraphs.length > 0 && !own.documents;
        const refs: Refs = {
          recommendations: [...new Set([...borrowed.recommendations, ...own.recommendations])],
          paragraphs: sameDocument ? borrowed.paragraphs : [...new Set([...borrowed.paragraphs, ...own.paragraphs])],
          ...(sameDocument
            ? { documents: [{ symbol: borrowed.documents![0].symbol, paragraphs: own.paragraphs }] }
            : borrowed.documents || own.documents ? { documents: [...(borrowed.documents ?? []), ...(own.documents ?? [])] } : {}),
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
