import { Hono } from 'hono';
import type { AppBindings } from '../types.js';
import { PLACEHOLDER_PAGE } from './placeholder-page.js';

export const uiRouter = new Hono<AppBindings>().get('/', (c) => c.html(PLACEHOLDER_PAGE));
