// Types shared by the app, its routers and handlers (hono-open-api-starter's AppBindings).
import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { LoadedCorpus } from './corpus.js';

export interface AppBindings {
  Variables: { corpus: LoadedCorpus };
}

export type AppOpenAPI = OpenAPIHono<AppBindings>;

export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppBindings>;
