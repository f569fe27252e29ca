// If-None-Match against the corpus ETag, answered by hono/etag (RFC 9110 weak comparison).
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { apiETag, CACHE_CONTROL, corpusETag, notModified } from './corpus-etag.js';

const app = new Hono();
app.use('*', notModified());
app.use('*', corpusETag({ version: 'abc' }));
app.get('/answer', (c) => c.json({ ok: true }, 200, { 'Access-Control-Allow-Origin': '*' }));
app.get('/missing', (c) => c.json({ error: 'none' }, 404));

describe('corpus ETag with hono/etag', () => {
  const etag = apiETag('abc');

  it('tags a 200 with the version and a cache lifetime', async () => {
    const res = await app.request('/answer');
    expect(res.headers.get('ETag')).toBe('W/"abc-1"');
    expect(res.headers.get('Cache-Control')).toBe(CACHE_CONTROL);
  });

  it.each<[string, number, string]>([
    ['W/"abc-1"', 304, 'same weak tag'],
    ['"abc-1"', 304, 'strong form of the same tag'],
    ['"x", W/"abc-1"', 304, 'one of a list'],
    ['*', 304, 'any'],
    ['W/"abc-2"', 200, 'another version'],
    ['abc-1', 200, 'unquoted is not the tag'],
    ['', 200, 'empty'],
  ])('If-None-Match %s → %i (%s)', async (header, status) => {
    const res = await app.request('/answer', { headers: { 'If-None-Match': header } });
    expect(res.status).toBe(status);
    expect(res.headers.get('ETag')).toBe(etag);
    if (status === 304) {
      expect(await res.text()).toBe('');
      expect(res.headers.get('Content-Type')).toBeNull();
      expect(res.headers.get('Cache-Control')).toBe(CACHE_CONTROL);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    }
  });

  it('neither tags nor 304s an error', async () => {
    const res = await app.request('/missing', { headers: { 'If-None-Match': '*' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('ETag')).toBeNull();
  });
});
