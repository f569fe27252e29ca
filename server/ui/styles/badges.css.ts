// Type tags, urgency and fulfilment badges, theme chips: colour always paired with words.
export const BADGES_CSS = `
.type-tag { font-size: 0.75rem; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: var(--muted); }
.badge {
  display: inline-flex; align-items: center; gap: 0.3rem; font-size: 0.75rem; font-weight: 600;
  line-height: 1; padding: 0.3rem 0.55rem; border-radius: 999px; border: 1px solid var(--line); background: var(--bg); color: var(--ink);
  white-space: nowrap;
}
.badge.urgency::before, .urgency-dot::before {
  content: ""; width: 0.55rem; height: 0.55rem; border-radius: 50%; background: currentColor; flex: none;
}
.urgency-require { color: var(--require); }
.urgency-request { color: var(--request); }
.urgency-invite { color: var(--invite); }
.badge.urgency-require { background: var(--require-bg); border-color: var(--require-line); }
.badge.urgency-request { background: var(--request-bg); border-color: var(--request-line); }
.badge.urgency-invite { background: var(--invite-bg); border-color: var(--invite-line); }
.urgency-dot { display: inline-flex; align-items: center; gap: 0.4rem; }
.badge.commitment { background: var(--accent-soft); border-color: #c3d2e6; color: var(--accent); }
.badge.partial { background: var(--surface); color: var(--muted); border-style: dashed; }
.badge.cites { background: var(--accent-soft); color: var(--accent); }
.status-met { --status: var(--met); --status-bg: var(--met-bg); }
.status-partially { --status: var(--partially); --status-bg: var(--partially-bg); }
.status-not-met { --status: var(--not-met); --status-bg: var(--not-met-bg); }
.status-different { --status: var(--different); --status-bg: var(--different-bg); }
.badge.status { color: var(--status); background: var(--status-bg); border-color: currentColor; }
.theme-list { list-style: none; display: flex; flex-wrap: wrap; gap: 0.3rem; padding: 0; margin: 0.5rem 0 0; }
.theme-list li { font-size: 0.75rem; color: var(--muted); background: var(--bg); border: 1px solid var(--line); border-radius: 4px; padding: 0.1rem 0.45rem; }
`;
