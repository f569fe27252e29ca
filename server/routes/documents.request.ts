// GET /api/documents as the server answers it: no parameters. The response schema is in
// documents.routes.ts (documentation only, see route-contract.ts).
import type { RouteContract } from '../route-contract.js';

export const documentsContract = {
  method: 'get',
  path: '/api/documents',
  tags: ['Documents'],
  summary: 'The indexed documents',
} as const satisfies RouteContract;
