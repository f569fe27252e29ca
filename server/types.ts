// Types shared by the app, its routers and handlers.
import type { Context, Hono } from 'hono';
import type * as z from 'zod/mini';
import type { LoadedCorpus } from './corpus.js';
import type { CorpusReader } from './corpus-reader.js';

/** What the pages and MCP see: a reader, over a loaded corpus or over shards. */
export interface ReaderBindings {
  Variables: { reader: CorpusReader };
}

/** The single app's API routes also see the loaded corpus. */
export interface AppBindings {
  Variables: { corpus: LoadedCorpus; reader: CorpusReader };
}

export type App = Hono<AppBindings>;

export type AppContext = Context<AppBindings>;

export type PageApp = Hono<ReaderBindings>;

export type PageContext = Context<ReaderBindings>;

/**
 * What a route's validator hands its handler. The wiring passes `c.req.valid(target)`, which
 * only compiles when that validator precedes the handler, so a handler cannot be registered
 * without the validation its input type promises.
 */
export type Validated<S extends z.ZodMiniType> = z.output<S>;
