import type { DocumentList } from '../docs/response-schemas.js';
import type { AppContext } from '../types.js';

export const documents = (c: AppContext) => c.json<DocumentList>({ documents: [...c.var.corpus.documents] }, 200);
