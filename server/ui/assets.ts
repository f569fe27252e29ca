// The page's static files, served from memory under /ui/ (the CSP allows only this origin).
import { assetVersion } from './asset-version.js';
import { CLIENT_SCRIPT } from './client-bundle.generated.js';
import { ICON_SVG } from './icon.js';
import { STYLESHEET } from './styles/stylesheet.js';

export interface StaticAsset {
  path: string;
  contentType: string;
  body: string;
  readonly version: string;
}

/** The version is hashed on first use: a search request never needs it, start-up time is scarce. */
const asset = (path: string, contentType: string, body: string): StaticAsset => {
  let version: string | undefined;
  return { path, contentType, body, get version() { return (version ??= assetVersion(body)); } };
};

export const SCRIPT_ASSET = asset('/ui/app.js', 'text/javascript; charset=utf-8', CLIENT_SCRIPT);
export const STYLESHEET_ASSET = asset('/ui/app.css', 'text/css; charset=utf-8', STYLESHEET);
export const ICON_ASSET = asset('/ui/icon.svg', 'image/svg+xml', ICON_SVG);

export const STATIC_ASSETS: readonly StaticAsset[] = [SCRIPT_ASSET, STYLESHEET_ASSET, ICON_ASSET];

/** The URL a page uses for an asset: versioned, so it can be cached for a year. */
export const assetUrl = (asset: StaticAsset): string => `${asset.path}?v=${asset.version}`;
