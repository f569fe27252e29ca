import { createRouter } from '../create-router.js';
import { honoPath } from '../route-contract.js';
import * as handlers from './documents.handlers.js';
import { documentsContract } from './documents.request.js';

export const documentsRouter = createRouter().get(honoPath(documentsContract.path), handlers.documents);
