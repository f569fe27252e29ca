// ETag and Cache-Control on successful API answers, and 304 for a matching If-None-Match.
// The corpus is immutable per deploy and answers are computed from it alone, so the corpus
// version (plus the API's response-format version) identifies every answer. Weak ETags: the
// bodies carry `tookMs`, which varies between equivalent answers.
import type { MiddlewareHandler } from 'hono';

/** Bump when response shapes change without a corpus change, so caches do not serve old shapes. */
export const API_FORMAT_VERSION = '1';
export const CACHE_CONTROL = 'public, max-age=300, must-revalidate';

export const apiETag = (corpusVersion: string): string => `W/"${corpusVersion}-${API_FORMAT_VERSION}"`;

/** RFC 9110 weak comparison: any listed tag (or `*`) equal to ours once the `W/` is dropped. */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === opaque;
  });
}

export const conditionalGet = (corpusVersion: string): MiddlewareHandler => {
  const etag = apiETag(corpusVersion);
  return async (c, next) => {
    await next();
    if (c.res.status !== 200) return;
    c.res.headers.set('ETag', etag);
    c.res.headers.set('Cache-Control', CACHE_CONTROL);
    if (ifNoneMatchHits(c.req.header('If-None-Match'), etag)) {
      const headers = new Headers(c.res.headers);
      for (const name of ['Content-Type', 'Content-Length', 'Content-Disposition']) headers.delete(name);
      // Assigning c.res would merge the old headers back in; build the 304 outright.
      c.res = undefined;
      c.res = new Response(null, { status: 304, headers });
    }
  };
};
