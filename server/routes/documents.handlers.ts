import type { AppRouteHandler } from '../types.js';
import type { DocumentsRoute } from './documents.routes.js';

export const documents: AppRouteHandler<DocumentsRoute> = (c) =>
  c.json({ documents: [...c.var.corpus.documents] }, 200);
