// The committed OpenAPI document must be what the current contracts and schemas generate.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_MODULE, renderGeneratedModule } from '../../scripts/build-openapi.js';
import { buildOpenAPIDocument } from './build-openapi-document.js';
import { openAPIJson } from './openapi.generated.js';

describe('server/docs/openapi.generated.ts', () => {
  it('is what the route contracts and response schemas generate (regenerate: npx tsx scripts/build-openapi.ts)', () => {
    const fresh = buildOpenAPIDocument();
    expect(JSON.parse(openAPIJson())).toEqual(fresh);
    expect(readFileSync(GENERATED_MODULE, 'utf8')).toBe(renderGeneratedModule(fresh));
  });
});

describe('documented parameter forms', () => {
  const search = buildOpenAPIDocument().paths!['/api/search'].get.parameters!;
  const year = search.find((p) => p.name === 'year')!.schema!.items!;

  it('the year pattern takes exactly what the server takes', async () => {
    const { createApp } = await import('../app.js');
    const { smallCorpus } = await import('../../test/support/small-corpus.js');
    const app = createApp(smallCorpus());
    const pattern = new RegExp(String(year.pattern));
    for (const value of ['2018', '2018..2023', '..2019', '2020..', '..', '20x', '2018...2020', '2018..20']) {
      const accepted = (await app.request(`/api/search?year=${encodeURIComponent(value)}`)).status === 200;
      expect(pattern.test(value), value).toBe(accepted);
    }
    expect(year.maxLength).toBe(20);
  });
});
