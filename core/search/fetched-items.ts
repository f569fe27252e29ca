// Items that live outside the isolate (a shard's items in Workers KV): read synchronously by
// the engine once fetched. The engine's search has a ranking phase that reads no item and a
// phase that builds the hits from the items (Engine.rank / Engine.hits); between the two the
// caller fetches what the page needs. An item the second phase asks for that was not fetched
// (a question's lead-in) throws ItemNotFetched; readingItems fetches it and runs the phase again.
import type { ItemSource } from './types.js';

/** Thrown by ItemSource.at for an item that exists but has not been fetched yet. */
export class ItemNotFetched extends Error {
  constructor(readonly index: number) {
    super(`item ${index} was read before it was fetched`);
    this.name = 'ItemNotFetched';
  }
}

/** An ItemSource whose items are fetched, a batch at a time, before they are read. */
export interface FetchedItems extends ItemSource {
  /** Fetches the items at these positions (those not held already); rejects naming the one that failed. */
  fetch(indices: readonly number[]): Promise<void>;
}

export function isFetchedItems(items: ItemSource): items is FetchedItems {
  return typeof (items as Partial<FetchedItems>).fetch === 'function';
}

/** At most this many rounds of fetching what a run asked for beyond `first` (lead-in chains are short). */
const MAX_ROUNDS = 32;

/**
 * Runs `read` (synchronous, reading items) once the items at `first` are fetched; when `read`
 * asks for one more, fetches it and runs `read` again. Items held in the isolate: just runs it.
 */
export async function readingItems<T>(items: ItemSource, first: readonly number[], read: () => T): Promise<T> {
  if (!isFetchedItems(items)) return read();
  await items.fetch(first);
  for (let round = 0; ; round++) {
    try {
      return read();
    } catch (err) {
      if (!(err instanceof ItemNotFetched) || round >= MAX_ROUNDS) throw err;
      await items.fetch([err.index]);
    }
  }
}
