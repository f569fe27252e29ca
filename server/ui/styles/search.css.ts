// The search view: query box, filter panel, result toolbar, hits, chips and paging.
export const SEARCH_CSS = `
.search-form { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); box-shadow: var(--shadow); padding: 1rem 1.1rem 0.4rem; margin-bottom: 1.25rem; }
.search-label { display: block; font-weight: 600; margin-bottom: 0.4rem; }
.search-row { display: flex; gap: 0.5rem; }
.search-row input { flex: 1; min-width: 0; font-size: 1.05rem; padding: 0.6rem 0.8rem; }
.search-form .hint { margin: 0.45rem 0 0.5rem; }

.search-layout { display: grid; grid-template-columns: 16.5rem minmax(0, 1fr); gap: 1.5rem; align-items: start; }
.filters { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.9rem 1rem; position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow-y: auto; }
.filters-title { font-size: 1rem; margin-bottom: 0.25rem; }
.filters-toggle { display: none; }
.facet { border: 0; padding: 0; margin: 0.9rem 0 0; min-width: 0; }
.facet legend { font-size: 0.8rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); padding: 0; margin-bottom: 0.35rem; }
.facet ul { list-style: none; margin: 0; padding: 0; }
.facet-option { display: flex; align-items: flex-start; gap: 0.5rem; padding: 0.22rem 0.25rem; border-radius: 4px; cursor: pointer; font-size: 0.9rem; line-height: 1.35; }
.facet-option:hover { background: var(--bg); }
.facet-option:has(input:focus-visible) { background: var(--accent-soft); box-shadow: inset 0 0 0 2px var(--focus); }
.facet-option input { margin-top: 0.1rem; }
.facet-option.empty { color: var(--muted); }
.facet-label { flex: 1; min-width: 0; overflow-wrap: anywhere; }
.facet-count { color: var(--muted); font-size: 0.8rem; font-variant-numeric: tabular-nums; padding-top: 0.05rem; }
.facet .link-button { margin: 0.2rem 0 0 0.25rem; }
@media (scripting: enabled) { .facet.folded .facet-extra { display: none; } }
.facet-logic-hint { margin: 0.25rem 0 0; font-size: 0.8rem; }
.facet-logic { font-size: 0.8rem; color: var(--muted); margin: -0.2rem 0 0.3rem; font-style: italic; }
.apply-filters { position: sticky; bottom: -0.9rem; background: var(--surface); padding: 0.75rem 0 0.25rem; margin-top: 0.75rem; border-top: 1px solid var(--line); }
.apply-filters button { width: 100%; }
.show-results-bar { display: none; }

.results-toolbar { display: flex; justify-content: space-between; align-items: center; flex-wrap: wrap; gap: 0.5rem 1rem; padding-bottom: 0.6rem; border-bottom: 1px solid var(--line); margin-bottom: 0.75rem; }
.result-summary { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
.toolbar-controls { display: flex; align-items: center; flex-wrap: wrap; gap: 0.5rem 0.75rem; font-size: 0.9rem; }
.toolbar-controls select { padding: 0.3rem 0.5rem; font-size: 0.9rem; }
.inline-label { color: var(--muted); }
.export-links { margin: 0; color: var(--muted); }
.active-filters { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 0.75rem; margin-bottom: 0.75rem; }
.chip-groups { list-style: none; display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 0.6rem; padding: 0; margin: 0; }
.chip-group { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0.3rem; font-size: 0.85rem; }
.chip-group-title { font-weight: 600; color: var(--muted); }
.chip-joiner { color: var(--muted); font-style: italic; }
.chip { display: inline-block; border: 1px solid #c3d2e6; background: var(--accent-soft); color: var(--accent); border-radius: 999px; padding: 0.15rem 0.7rem; text-decoration: none; }
.chip:hover { background: #d9e4f2; text-decoration: underline; }
.clear-filters { font-size: 0.85rem; }
.out-of-range p { margin: 0; }
.empty-state { background: var(--surface); border: 1px dashed var(--line-strong); border-radius: var(--radius); padding: 1.25rem; }
.query-echo { font-weight: 600; overflow-wrap: anywhere; }

.hit-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
.hit { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.9rem 1.1rem; box-shadow: var(--shadow); }
/* A hit below the fold is laid out when it nears the viewport: the first frame of a results page
   lays out what is on screen (measured: ~15 ms of a fresh page's 60 ms layout in Chromium). */
.hit { content-visibility: auto; contain-intrinsic-size: auto 11rem; }
.hit:hover { border-color: var(--line-strong); }
.hit-tags { display: flex; flex-wrap: wrap; align-items: center; gap: 0.45rem; margin-bottom: 0.35rem; }
.hit-title { font-size: 1.05rem; margin-bottom: 0.35rem; }
.hit-title a { text-decoration: none; }
.heading-label { font-weight: 700; }
.heading-dash { color: var(--muted); }
.heading-label + .heading-dash + .heading-subject { font-weight: 500; }
.hit-title a:hover { text-decoration: underline; }
.hit-snippet { margin-bottom: 0.4rem; overflow-wrap: anywhere; }
.hit-source { font-size: 0.85rem; color: var(--muted); margin: 0; }
.task-facts { display: flex; flex-wrap: wrap; gap: 0.2rem 1.25rem; margin: 0 0 0.4rem; font-size: 0.875rem; }
.task-facts div { display: flex; gap: 0.35rem; }
.task-facts dt { font-weight: 600; color: var(--muted); }
.task-facts dt::after { content: ":"; }
.task-facts dd { margin: 0; }
.hit-document { font-weight: 600; }
.match-reason { font-size: 0.85rem; color: var(--muted); margin: 0.5rem 0 0; padding-top: 0.5rem; border-top: 1px dashed var(--line); }
.match-terms { color: var(--ink); font-weight: 600; }

.pagination { display: flex; align-items: center; justify-content: center; flex-wrap: wrap; gap: 0.4rem; margin-top: 1.25rem; }
.pagination ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; margin: 0; padding: 0; }
.pagination a, .page-step, .page-gap { display: inline-block; min-width: 2.3rem; text-align: center; padding: 0.35rem 0.6rem; border-radius: 6px; }
.pagination a { border: 1px solid var(--line); background: var(--surface); text-decoration: none; }
.pagination a:hover { border-color: var(--link); }
.pagination a[aria-current="page"] { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 700; }
.page-step.disabled { color: var(--line-strong); }
.citation-line { margin: 0 0 0.6rem; }
.citation-chip { cursor: default; font-weight: 600; margin-right: 0.3rem; }
.citation-chip:hover { background: var(--accent-soft); text-decoration: none; }
.query-notice, .search-instead, .did-you-mean { margin: 0 0 0.6rem; }
.hit-question { font-size: 0.9rem; color: var(--muted); border-left: 3px solid var(--line); padding-left: 0.6rem; margin: 0 0 0.4rem; overflow-wrap: anywhere; }
.hit-question-label { font-weight: 600; }
.hit-citation { font-style: normal; font-weight: 600; }
`;
