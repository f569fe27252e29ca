import { createRouter } from '../create-router.js';
import * as handlers from './documents.handlers.js';
import * as routes from './documents.routes.js';

export const documentsRouter = createRouter().openapi(routes.documents, handlers.documents);
