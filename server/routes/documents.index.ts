import { honoPath } from '../route-contract.js';
import type { App } from '../types.js';
import * as handlers from './documents.handlers.js';
import { documentsContract } from './documents.request.js';

export function registerDocumentRoutes(app: App): void {
  app.get(honoPath(documentsContract.path), (c) => handlers.documents(c));
}
