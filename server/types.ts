// Types shared by the app, its routers and handlers.
import type { Context, Hono } from 'hono';
import type * as z from 'zod/mini';
import type { LoadedCorpus } from './corpus.js';

export interface AppBindings {
  Variables: { corpus: LoadedCorpus };
}

export type App = Hono<AppBindings>;

export type AppContext = Context<AppBindings>;

/**
 * What a route's validator hands its handler. The wiring passes `c.req.valid(target)`, which
 * only compiles when that validator precedes the handler, so a handler cannot be registered
 * without the validation its input type promises.
 */
export type Validated<S extends z.ZodMiniType> = z.output<S>;
