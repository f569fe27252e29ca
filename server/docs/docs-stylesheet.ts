// The docs page's stylesheet, served from the app itself (the CSP allows only 'self').
export const DOCS_STYLESHEET = `
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem; color: #1d1d1f; }
h1 small { font-size: 0.5em; color: #666; }
h3 { border-top: 1px solid #ddd; padding-top: 1rem; }
.method { background: #0b5394; color: #fff; border-radius: 3px; padding: 0 0.4em; font-size: 0.85em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #eee; padding: 0.3em 0.5em; }
code, pre { font-family: ui-monospace, monospace; font-size: 0.9em; }
pre { background: #f6f8fa; padding: 0.8em; overflow-x: auto; }
a { color: #0b5394; }
`;
