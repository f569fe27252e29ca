// Which form a document's footnote markers take. Superscripts are the printed form when the
// document has any; a document whose notes exist but whose body has no superscripts carries
// its markers as plain digits glued to words ("adults:1").
import type { Layout } from '../types.js';
import { findSuperscriptMarkers, type Marker } from './find-markers.js';
import { findPlainDigitMarkers } from './plain-markers.js';

export interface DocumentMarkers {
  markers: Marker[];
  /** The plain-digit ones among them: they are taken out of item text by position. */
  plain: Marker[];
}

export function findDocumentMarkers(layout: Layout): DocumentMarkers {
  const superscripts = findSuperscriptMarkers(layout);
  if (superscripts.length > 0 || layout.notes.length === 0) return { markers: superscripts, plain: [] };
  const plain = findPlainDigitMarkers(layout);
  return { markers: plain, plain };
}
