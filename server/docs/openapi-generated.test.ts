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
