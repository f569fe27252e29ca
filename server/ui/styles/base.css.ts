// Colours, type, page frame, focus and form controls: what every view shares.
// System fonts only (no font files to fetch); colours meet WCAG AA contrast on their backgrounds.
export const BASE_CSS = `
:root {
  --ink: #17202b; --muted: #556070; --line: #d8dde4; --line-strong: #b7c0cc;
  --bg: #f4f6f8; --surface: #ffffff; --accent: #1f3a5f; --accent-soft: #e8eef6;
  --link: #1a56a8; --focus: #1a56a8; --mark: #fff1a8;
  --require: #b42318; --require-bg: #fef3f2; --require-line: #f4b4ad;
  --request: #a04a05; --request-bg: #fff6e8; --request-line: #f5c58a;
  --invite: #175cd3; --invite-bg: #eef4ff; --invite-line: #b2ccf7;
  --ungraded: #8a94a3;
  --met: #067647; --met-bg: #ecfdf3; --partially: #a04a05; --partially-bg: #fff6e8;
  --not-met: #b42318; --not-met-bg: #fef3f2; --different: #5b3cc4; --different-bg: #f4f1fe;
  --radius: 8px; --shadow: 0 1px 2px rgb(16 24 40 / 0.06), 0 1px 3px rgb(16 24 40 / 0.08);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  font-size: 100%; line-height: 1.55; color: var(--ink); background: var(--bg);
  -webkit-text-size-adjust: 100%; text-size-adjust: 100%;
}
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; }
main { flex: 1; padding-top: 1.5rem; padding-bottom: 3rem; }
main:focus { outline: none; }
.wrap { width: 100%; max-width: 76rem; margin: 0 auto; padding-left: 1.25rem; padding-right: 1.25rem; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0 0 0.5rem; }
h1 { font-size: 1.75rem; letter-spacing: -0.01em; }
h2 { font-size: 1.2rem; }
h3 { font-size: 1.05rem; }
p { margin: 0 0 0.75rem; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
mark { background: var(--mark); color: inherit; padding: 0 0.1em; border-radius: 2px; }
q { quotes: "“" "”"; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
[tabindex="-1"]:focus { outline: none; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.skip-link {
  position: absolute; left: 1rem; top: -4rem; z-index: 10; padding: 0.6rem 1rem;
  background: var(--surface); color: var(--ink); border: 2px solid var(--focus); border-radius: var(--radius);
  font-weight: 600;
}
.skip-link:focus { top: 0.75rem; }
/* What needs the script is hidden without it (the no-script controls sit in <noscript>). */
@media (scripting: none) { .js-only { display: none !important; } }

.site-header { background: var(--accent); color: #fff; }
.header-inner { display: flex; align-items: center; justify-content: space-between; gap: 1rem; flex-wrap: wrap; min-height: 3.5rem; }
.brand { color: #fff; font-weight: 700; font-size: 1.1rem; text-decoration: none; display: inline-flex; align-items: center; gap: 0.55rem; }
.brand-mark { width: 0.8rem; height: 0.8rem; border-radius: 50%; background: #f4b4ad; box-shadow: 0 0 0 3px rgb(255 255 255 / 0.25); }
.site-nav ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 0.25rem; }
.site-nav a { display: block; color: #fff; text-decoration: none; padding: 0.45rem 0.8rem; border-radius: 6px; font-weight: 500; }
.site-nav a:hover { background: rgb(255 255 255 / 0.12); }
.site-nav a[aria-current="page"] { background: rgb(255 255 255 / 0.18); box-shadow: inset 0 -2px 0 #fff; }
.site-header :focus-visible { outline-color: #ffd66b; }
.site-footer { border-top: 1px solid var(--line); background: var(--surface); color: var(--muted); font-size: 0.875rem; padding: 1rem 0; }
.site-footer p { margin: 0; }

.page-title { margin-bottom: 0.75rem; }
.lead { font-size: 1.05rem; color: var(--muted); max-width: 50rem; }
.hint { color: var(--muted); font-size: 0.875rem; }
.loading { color: var(--muted); }
.notice { background: var(--accent-soft); border-radius: var(--radius); padding: 0.6rem 0.9rem; }
.error-box { border: 1px solid var(--require-line); background: var(--require-bg); color: #7a1a12; border-radius: var(--radius); padding: 0.75rem 1rem; margin: 1rem 0; }
.error-box p { margin: 0; }
.not-found .next-steps { margin-top: 1rem; }
.not-found .next-steps li { margin-bottom: 0.5rem; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; }

input[type="search"], select {
  font: inherit; color: var(--ink); background: var(--surface);
  border: 1px solid var(--line-strong); border-radius: 6px; padding: 0.5rem 0.7rem;
}
input[type="search"]:focus-visible, select:focus-visible { border-color: var(--focus); outline-offset: 0; }
input[type="checkbox"] { width: 1.05rem; height: 1.05rem; margin: 0; accent-color: var(--accent); flex: none; }
button { font: inherit; cursor: pointer; }
button.primary, button.secondary {
  border-radius: 6px; padding: 0.5rem 1.1rem; font-weight: 600; border: 1px solid var(--accent);
}
button.primary { background: var(--accent); color: #fff; }
button.primary:hover { background: #16304f; }
button.secondary { background: var(--surface); color: var(--accent); }
button.secondary:hover { background: var(--accent-soft); }
button.small { padding: 0.3rem 0.7rem; font-size: 0.875rem; }
.link-button { background: none; border: 0; padding: 0.2rem 0; color: var(--link); text-decoration: underline; text-underline-offset: 0.15em; font-size: 0.875rem; }
.button-row { display: flex; gap: 0.5rem; flex-wrap: wrap; }
.inline-list, .plain-list { list-style: none; padding: 0; margin: 0; }
.inline-list { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; }
.plain-list li { margin-bottom: 0.3rem; }
.table-scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: 0.875rem; background: var(--surface); }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--bg); font-weight: 600; }
`;
