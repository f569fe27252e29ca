// Calls to the service's JSON API. Errors carry the API's own message, written for people.
import type { DocumentList, SearchResponse } from './api-types.js';
import { documentNames, type DocumentNames } from '../model/documents.js';

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

let documents: Promise<DocumentNames> | undefined;

/** Loaded once per page: the list is small and does not change while the page is open. */
export function loadDocumentNames(): Promise<DocumentNames> {
  documents ??= getJson<DocumentList>('/api/documents').then((list) => documentNames(list.documents)).catch((error: unknown) => {
    documents = undefined;
    throw error;
  });
  return documents;
}

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

/** How a failed request reads on the page: the API's own message (it says what to fix). */
export const failureMessage = (error: unknown): string => (error instanceof ApiError ? error.message
  : 'The service could not be reached. Check the connection and try again.');
