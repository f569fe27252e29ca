// Entry of the page script. Every page arrives complete from the server; the script only adds
// what needs it: searching without reloads on the search page, copy buttons and a history-aware
// back link on item pages.
import { enhanceBackLink, enhanceCopyButtons } from './item-page.js';
import { enhanceSearchPage } from './search-page.js';

const searchView = document.querySelector<HTMLElement>('[data-search-view]');
if (searchView) enhanceSearchPage(searchView);

const citeBox = document.querySelector<HTMLElement>('.cite-box');
if (citeBox) enhanceCopyButtons(citeBox);

const backLink = document.querySelector<HTMLAnchorElement>('#back-link');
if (backLink) enhanceBackLink(backLink);
