// A shard refuses a bad body with a message naming the field and the problem in English
// (zod/mini alone would say "Invalid input"; server/zod-messages.ts loads zod's English).
import { describe, expect, it } from 'vitest';
import { parseShardBody } from './shard-params.js';

describe('parseShardBody', () => {
  it.each([
    ['{"limit": 9999999}', /Too big: expected number to be <=105000[\s\S]*at limit/],
    ['{"foo": 1}', /Unrecognized key: "foo"/],
    ['{"q": 7}', /expected string, received number[\s\S]*at q/],
    ['{"filters": {"year": {"from": "2018"}}}', /expected number[\s\S]*filters\.year\.from/],
    ['not json', /is not JSON/],
    ['{"facets": ["status"]}', /facets/],
    ['{"verbatim": "yes"}', /expected boolean[\s\S]*at verbatim/],
  ])('refuses %s with a message saying why', (body, message) => {
    const parsed = parseShardBody(body);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problem).toMatch(message);
  });

  it('takes a valid body as search parameters', () => {
    expect(parseShardBody('{"q":"helpline","filters":{"year":{"from":2018}},"limit":10,"offset":0,"sort":"year"}'))
      .toEqual({ ok: true, params: { q: 'helpline', filters: { year: { from: 2018 } }, limit: 10, offset: 0, sort: 'year' } });
  });

  it('carries the review and fulfilment filters, the facets to count and verbatim', () => {
    const body = {
      q: 'helpine', verbatim: true, facets: ['body', 'fulfilment', 'recommendingState'],
      filters: { fulfilment: ['met'], responsible: ['MOI'], recommendingState: ['Maldives'], position: ['supported'] },
    };
    expect(parseShardBody(JSON.stringify(body))).toEqual({ ok: true, params: body });
  });
});
