// Types shared by the app, its routers and handlers.
import type { Handler, Hono } from 'hono';
import type * as z from 'zod/mini';
import type { LoadedCorpus } from './corpus.js';

export interface AppBindings {
  Variables: { corpus: LoadedCorpus };
}

export type App = Hono<AppBindings>;

/** A handler that reads its validated input with `c.req.valid(target)`, typed by the route's schema. */
export type ValidatedHandler<Target extends 'query' | 'param', S extends z.ZodMiniType> =
  Handler<AppBindings, string, { out: { [K in Target]: z.output<S> } }>;

export type AppHandler = Handler<AppBindings>;
