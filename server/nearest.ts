// The known names nearest to one a client gave: for "did you mean" in error messages (an
// unknown parameter, a value no facet has). Edit distance on folded names, a prefix counting
// as near, so that "fulfil" finds "fulfilment" and "bdy" finds "body".
import { editDistance } from '../core/search/spelling.js';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** How far `given` is from `known`: edits needed, 0.5 when one starts with the other. */
function distance(given: string, known: string): number {
  const a = fold(given);
  const b = fold(known);
  if (a === b) return 0;
  if (a.length >= 2 && (b.startsWith(a) || a.startsWith(b))) return 0.5;
  return editDistance(a, b, Math.max(a.length, b.length));
}

/** Known names ordered nearest first (ties keep their order); names too far off come last. */
export function byNearness(given: string, known: readonly string[]): string[] {
  const scored = known.map((name, k) => ({ name, k, d: distance(given, name) }));
  return scored.sort((x, y) => x.d - y.d || x.k - y.k).map(({ name }) => name);
}

/** The nearest known name when it is near enough to be a slip (at most a third of it wrong). */
export function nearestName(given: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const d = distance(given, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(Math.max(given.length, best.length) / 3)) ? best : undefined;
}
