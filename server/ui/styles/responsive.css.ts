// Phones and narrow windows: one column, filters folded behind a button, roomier touch targets.
export const RESPONSIVE_CSS = `
@media (max-width: 56rem) {
  .search-layout { grid-template-columns: minmax(0, 1fr); }
  /* Not a scroll container here, so the "Show N results" bar can stick to the window's bottom. */
  .filters { position: static; max-height: none; overflow: visible; padding: 0.6rem 0.8rem; }
  .filters-title { display: none; }
  .filters-toggle {
    display: flex; width: 100%; justify-content: space-between; align-items: center;
    background: none; border: 0; padding: 0.35rem 0; font-weight: 600; color: var(--ink);
  }
  .filters-toggle::after { content: "▾"; }
  .filters-toggle[aria-expanded="true"]::after { content: "▴"; }
  .facet-option { padding: 0.4rem 0.25rem; }
  .show-results-bar { display: block; position: sticky; bottom: 0; background: var(--surface); padding: 0.6rem 0; margin-top: 0.5rem; border-top: 1px solid var(--line); }
  .show-results-bar button { width: 100%; }
}
/* With the script, a phone's filter panel folds behind its button; without, it stays open. */
@media (max-width: 56rem) and (scripting: enabled) {
  .filters:not(.expanded) .filters-body { display: none; }
}
@media (max-width: 36rem) {
  h1 { font-size: 1.4rem; }
  .wrap { padding-left: 0.9rem; padding-right: 0.9rem; }
  .header-inner { padding-top: 0.4rem; padding-bottom: 0.4rem; }
  .site-nav a { padding: 0.4rem 0.6rem; }
  .search-row button { padding-left: 0.8rem; padding-right: 0.8rem; }
  .hit { padding: 0.8rem 0.9rem; }
  .item-main { padding: 1rem; }
  .item-source, .item-fields { grid-template-columns: minmax(0, 1fr); gap: 0.1rem; }
  .item-fields dd, .item-source dd { margin-bottom: 0.5rem; }
  .bar-row { grid-template-columns: minmax(0, 1fr) 2rem; gap: 0.2rem 0.5rem; }
  .bar-label { grid-column: 1 / -1; }
  .timeline-year { padding-left: 1.1rem; }
}
@media (prefers-reduced-motion: no-preference) {
  html { scroll-behavior: smooth; }
}
@media print {
  .site-header, .site-footer, .filters, .pagination, .search-form, .cite-box .button-row, .skip-link { display: none; }
}
`;
