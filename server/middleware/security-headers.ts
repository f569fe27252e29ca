// Security headers on every response. The CSP allows only this origin's own resources: pages
// never load a CDN asset or inline script, so a reflected string can never run.
import { secureHeaders } from 'hono/secure-headers';

export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'strict-origin-when-cross-origin',
    // Public read-only data meant to be fetched from other origins (CORS is open for GET).
    crossOriginResourcePolicy: 'cross-origin',
  });
