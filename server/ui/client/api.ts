// Calls to the service's JSON API. Errors carry the API's own message, written for people.
import type { DocumentList, ItemDetail, ItemList, SearchResponse } from './api-types.js';
import { itemPath } from './cite.js';

export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
    this.name = 'ApiError';
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  if (response.ok) return (await response.json()) as T;
  let message = `The server answered ${response.status} ${response.statusText}.`;
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) message = body.error.message;
  } catch {
    // Not JSON: keep the status line.
  }
  throw new ApiError(message, response.status);
}

export const search = (params: URLSearchParams, signal?: AbortSignal) =>
  getJson<SearchResponse>(`/api/search?${params.toString()}`, signal);

/** /item/<id> and /api/items/<id> encode the id the same way. */
export const getItem = (id: string, signal?: AbortSignal) =>
  getJson<ItemDetail>(`/api${itemPath(id).replace(/^\/item\//, '/items/')}`, signal);

export const getItemsCitingParagraph = (n: number, signal?: AbortSignal) =>
  getJson<ItemList>(`/api/refs/paragraph/${n}`, signal);

export const getItemsCitingRecommendation = (id: string, signal?: AbortSignal) =>
  getJson<ItemList>(`/api/refs/recommendation/${encodeURIComponent(id)}`, signal);

export const getDocuments = (signal?: AbortSignal) => getJson<DocumentList>('/api/documents', signal);

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';
