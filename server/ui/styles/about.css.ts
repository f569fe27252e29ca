// The about page: one card per document with its facts and items by type.
export const ABOUT_CSS = `
.section-title { margin-top: 1.75rem; }
.doc-list { display: grid; gap: 1rem; }
.doc-card { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); box-shadow: var(--shadow); padding: 1.1rem 1.25rem; }
.doc-card h2 { font-size: 1.1rem; }
.doc-card h2 a { text-decoration: none; }
.doc-card h2 a:hover { text-decoration: underline; }
.doc-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0 0.75rem; font-size: 0.9rem; }
.doc-facts dt { font-weight: 600; color: var(--muted); }
.doc-facts dd { margin: 0; overflow-wrap: anywhere; }
.doc-items { margin: 0 0 0.35rem; }
.type-counts { list-style: none; display: flex; flex-wrap: wrap; gap: 0.35rem; padding: 0; margin: 0 0 0.5rem; }
.type-counts a { display: inline-block; font-size: 0.85rem; border: 1px solid var(--line); border-radius: 999px; padding: 0.15rem 0.65rem; text-decoration: none; background: var(--bg); }
.type-counts a:hover { border-color: var(--link); text-decoration: underline; }
@media (max-width: 36rem) {
  .doc-facts { grid-template-columns: minmax(0, 1fr); gap: 0.05rem; }
  .doc-facts dd { margin-bottom: 0.4rem; }
}
`;
