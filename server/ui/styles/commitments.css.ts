// The commitments view: summary figures, stacked bar charts and the timeline of deadlines.
export const COMMITMENTS_CSS = `
.stat-cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 0.75rem; margin: 1.25rem 0 1.5rem; }
.stat-card { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.9rem 1rem; box-shadow: var(--shadow); }
.stat-value { font-size: 1.6rem; font-weight: 700; margin: 0; color: var(--accent); font-variant-numeric: tabular-nums; }
.stat-label { margin: 0; color: var(--muted); font-size: 0.875rem; }
.panel { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 1.1rem 1.25rem; margin-bottom: 1.5rem; box-shadow: var(--shadow); }

.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 0.4rem 1.1rem; padding: 0; margin: 0 0 0.75rem; font-size: 0.875rem; }
.legend li { display: inline-flex; align-items: center; gap: 0.4rem; }
.legend-swatch { width: 0.85rem; height: 0.85rem; }
.bar-chart { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.35rem; }
.bar-row { display: grid; grid-template-columns: minmax(8rem, 15rem) minmax(0, 1fr) 2.5rem; align-items: center; gap: 0.75rem; font-size: 0.9rem; }
.bar-label { overflow-wrap: anywhere; }
.bar-track { display: block; background: var(--bg); border-radius: 3px; height: 1.1rem; overflow: hidden; }
.bar { display: block; width: 100%; height: 100%; }
.bar-total { font-variant-numeric: tabular-nums; text-align: right; color: var(--muted); }
.segment-require { fill: var(--require); }
.segment-request { fill: #dc7a12; }
.segment-invite { fill: var(--invite); }
.segment-ungraded { fill: var(--ungraded); }
.segment-met { fill: var(--met); }
.segment-partially { fill: #dc7a12; }
.segment-not-met { fill: var(--not-met); }
.segment-different { fill: var(--different); }
.chart { margin: 0; }
.chart-data { margin-top: 1rem; font-size: 0.9rem; }
.chart-data summary { cursor: pointer; color: var(--link); }
.chart-data table { margin-top: 0.5rem; }
.chart-data td { font-variant-numeric: tabular-nums; }

.timeline { list-style: none; margin: 1rem 0 0; padding: 0; }
.timeline-year { position: relative; padding: 0 0 1.25rem 1.75rem; border-left: 2px solid var(--line); margin-left: 0.5rem; }
.timeline-year:last-child { padding-bottom: 0.25rem; }
.timeline-year::before { content: ""; position: absolute; left: -0.5rem; top: 0.25rem; width: 0.85rem; height: 0.85rem; border-radius: 50%; background: var(--surface); border: 3px solid var(--accent); }
.timeline-year-label { font-size: 1.15rem; color: var(--accent); }
.timeline-count { font-size: 0.8rem; font-weight: 500; color: var(--muted); }
.timeline-entries { list-style: none; margin: 0.5rem 0 0; padding: 0; display: grid; gap: 0.5rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 24rem), 1fr)); }
.timeline-entry { border: 1px solid var(--line); border-radius: var(--radius); padding: 0.6rem 0.85rem; background: var(--surface); }
.timeline-entry.has-status { border-left: 4px solid var(--status); }
.timeline-tags { display: flex; flex-wrap: wrap; align-items: center; gap: 0.45rem; margin-bottom: 0.2rem; }
.timeline-title { font-size: 0.975rem; font-weight: 600; margin: 0 0 0.2rem; }
.timeline-title a { text-decoration: none; }
.timeline-title a:hover { text-decoration: underline; }
.timeline-meta { font-size: 0.825rem; color: var(--muted); margin: 0; }
`;
