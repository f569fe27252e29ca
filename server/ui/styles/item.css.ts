// The item page: text, fields, reply, footnotes with their reference links, related items, citation.
export const ITEM_CSS = `
.refs-view { max-width: 60rem; }
.item-layout { display: grid; grid-template-columns: minmax(0, 1fr) 20rem; gap: 2rem; align-items: start; }
.item-primary { min-width: 0; }
.item-aside { position: sticky; top: 1rem; }
@media (max-width: 64rem) {
  .item-layout { grid-template-columns: minmax(0, 1fr); }
  .item-aside { position: static; }
}
.back-link { font-size: 0.9rem; margin-bottom: 0.75rem; }
.item-tags { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; margin-bottom: 0.75rem; }
.item-source { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 0.9rem; font-size: 0.9rem; color: var(--muted); margin: 0 0 1.25rem; }
.item-source dt { font-weight: 600; }
.item-source dd { margin: 0; color: var(--ink); }
.item-main { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); box-shadow: var(--shadow); padding: 1.25rem 1.4rem; margin-bottom: 1.5rem; }
.item-text { font-size: 1.05rem; line-height: 1.65; }
.item-text p:last-child { margin-bottom: 0; }
.item-text .lead-in { color: var(--muted); font-size: 0.95rem; }
.item-main .table-scroll { margin-top: 1rem; }
.item-fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.5rem 1rem; margin: 1.25rem 0 0; padding-top: 1rem; border-top: 1px solid var(--line); font-size: 0.925rem; }
.item-fields dt { font-weight: 600; color: var(--muted); }
.item-fields dd { margin: 0; }
.item-fields dd p { margin-bottom: 0.3rem; }
.item-section { margin-bottom: 1.75rem; }
.item-section > h2 { padding-bottom: 0.35rem; border-bottom: 2px solid var(--line); }
.reply, .quoted-item { margin: 0.5rem 0 0.75rem; padding: 0.75rem 1rem; background: var(--surface); border-left: 4px solid var(--accent); border-radius: 0 var(--radius) var(--radius) 0; }
.quoted-item { border-left-color: var(--line-strong); color: var(--muted); font-size: 0.925rem; }
.reply-source { font-size: 0.85rem; color: var(--muted); margin: 0; }
.context-block { margin-bottom: 1rem; }
.context-block h3 { font-size: 0.95rem; color: var(--muted); }
.footnote-list { list-style: none; padding: 0; margin: 0; }
.footnote-list li { display: flex; gap: 0.75rem; padding: 0.6rem 0; border-bottom: 1px solid var(--line); }
.footnote-number { flex: none; min-width: 1.9rem; height: 1.9rem; border-radius: 50%; background: var(--accent-soft); color: var(--accent); font-weight: 700; font-size: 0.85rem; display: inline-flex; align-items: center; justify-content: center; }
.footnote-body p { margin-bottom: 0.25rem; }
.fn-ref { font-size: 0.75em; line-height: 0; margin-left: 0.1em; }
.fn-ref a { text-decoration: none; padding: 0 0.15em; }
.footnote-list li:target { background: var(--accent-soft); }
.footnote-back { text-decoration: none; }
.footnote-targets { font-size: 0.9rem; }
.footnote-ibid { color: var(--muted); font-size: 0.875rem; }
.footnote-refs { font-size: 0.9rem; }
.ref-link { font-weight: 600; }
.related-list .hit { box-shadow: none; }
.cite-box { background: var(--accent-soft); border: 1px solid #c3d2e6; border-radius: var(--radius); padding: 1rem 1.2rem; }
.citation { font-family: ui-serif, Georgia, "Times New Roman", serif; font-size: 0.925rem; background: var(--surface); padding: 0.6rem 0.8rem; border-radius: 6px; overflow-wrap: anywhere; }
.cite-box .button-row button { padding: 0.4rem 0.75rem; font-size: 0.9rem; }
.permalink { font-size: 0.9rem; overflow-wrap: anywhere; }
.copy-status { font-size: 0.875rem; color: var(--muted); margin: 0.5rem 0 0; min-height: 1.3em; }
`;
