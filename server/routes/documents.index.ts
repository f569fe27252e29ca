import { createRouter } from '../create-router.js';
import { servedRoute } from '../route-contract.js';
import * as handlers from './documents.handlers.js';
import { documentsContract } from './documents.request.js';
import type { DocumentsRoute } from './documents.routes.js';

export const documentsRouter = createRouter().openapi(servedRoute<DocumentsRoute>(documentsContract), handlers.documents);
