// A route is served from its contract (method, path, request schemas) and documented from the
// contract plus its response schemas. Response schemas describe the whole item model and cost
// start-up time to build, yet only /api/openapi.json and /api/docs read them: the served app
// registers contracts alone, and openapi-document.ts builds the documented routes on demand.
import type { RouteConfig } from '@hono/zod-openapi';

/** Everything of a route but its responses. */
export type RouteContract = Omit<RouteConfig, 'responses'>;

/**
 * The route to register on the served app. `R` is the documented route's type, so handlers stay
 * typed by their response schemas; `hide` keeps it out of the served app's OpenAPI registry.
 */
export const servedRoute = <R extends RouteConfig>(contract: Omit<R, 'responses' | 'getRoutingPath'>): R =>
  ({ ...contract, hide: true, responses: {} }) as unknown as R;
