// GET /: a placeholder until the search page lands (no script, so nothing for the CSP to block).
export const PLACEHOLDER_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Monitoring search</title></head>
<body><h1>Monitoring search</h1>
<form action="/api/search" method="get"><label>Search recommendations, replies and tasks
<input type="search" name="q" maxlength="500"></label> <button>Search</button></form>
<p>The search page is coming. Meanwhile: <a href="/api/docs">API documentation</a>,
<a href="/api/documents">indexed documents</a>.</p></body></html>`;
