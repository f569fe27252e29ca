import type { DocumentList } from '../docs/response-schemas.js';
import type { AppHandler } from '../types.js';

export const documents: AppHandler = (c) => c.json<DocumentList>({ documents: [...c.var.corpus.documents] }, 200);
