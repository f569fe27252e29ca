// The page's one stylesheet, assembled from one module per part of the page.
import { ABOUT_CSS } from './about.css.js';
import { BADGES_CSS } from './badges.css.js';
import { BASE_CSS } from './base.css.js';
import { COMMITMENTS_CSS } from './commitments.css.js';
import { ITEM_CSS } from './item.css.js';
import { RESPONSIVE_CSS } from './responsive.css.js';
import { SEARCH_CSS } from './search.css.js';

export const STYLESHEET = [BASE_CSS, BADGES_CSS, SEARCH_CSS, ITEM_CSS, COMMITMENTS_CSS, ABOUT_CSS, RESPONSIVE_CSS].join('\n');
