// Validators for API answers. Answers are computed from the corpus alone and the corpus is
// immutable while an isolate lives, so the corpus version (a hash of the files served, plus
// the API's response-format version) identifies every answer: this sets it as the ETag with a
// cache lifetime, and hono/etag (registered before it, so it runs after on the way out) turns
// a matching If-None-Match into a 304. Weak tags: bodies carry `tookMs`, which varies between
// equivalent answers, and the Node entry may compress them.
import type { MiddlewareHandler } from 'hono';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';

/** Bump when response shapes change without a corpus change, so caches do not serve old shapes. */
export const API_FORMAT_VERSION = '1';
export const CACHE_CONTROL = 'public, max-age=300, must-revalidate';

export const apiETag = (corpusVersion: string): string => `W/"${corpusVersion}-${API_FORMAT_VERSION}"`;

/** A 304 keeps what a cross-origin caller needs to use its cached copy, besides RFC 9110's list. */
const RETAINED_HEADERS = [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'access-control-expose-headers'];

/**
 * hono/etag's own digest, SHA-1 of the body, for a 2xx answer without a tag (every 200 of the
 * API has one). Given here so that `crypto` is first read when a digest is made: etag() reads it
 * when the middleware is created otherwise, and the first read of `crypto` in a Worker isolate
 * sets up Web Crypto, a few ms of every cold start (`wrangler check startup` profiles).
 */
const sha1 = (body: Uint8Array): Promise<ArrayBuffer> => crypto.subtle.digest({ name: 'SHA-1' }, body as Uint8Array<ArrayBuffer>);

/** Answers 304 to a matching If-None-Match (weak comparison, `*`, lists), from the tag set below. */
export const notModified = (): MiddlewareHandler => etag({ retainedHeaders: RETAINED_HEADERS, generateDigest: sha1 });

/** The ETag and Cache-Control of every 200 answer; `version` is read per request, computed on first use. */
export const corpusETag = (corpus: { readonly version: string }): MiddlewareHandler => async (c, next) => {
  await next();
  if (c.res.status !== 200) return;
  c.res.headers.set('ETag', apiETag(corpus.version));
  c.res.headers.set('Cache-Control', CACHE_CONTROL);
};
