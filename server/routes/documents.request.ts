// GET /api/documents as the server answers it: no parameters.
import type { RouteContract } from '../route-contract.js';

export const documentsContract: RouteContract = {
  method: 'get',
  path: '/api/documents',
  tags: ['Documents'],
  summary: 'The indexed documents',
};
