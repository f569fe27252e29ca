// The tab icon: a magnifier over a page, in the page's accent colour.
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<rect x="5" y="3" width="18" height="24" rx="2" fill="#fff" stroke="#1f3a5f" stroke-width="2"/>
<path d="M9 9h10M9 13h10M9 17h6" stroke="#1f3a5f" stroke-width="2" stroke-linecap="round"/>
<circle cx="21" cy="20" r="5" fill="#fff" stroke="#b42318" stroke-width="2.5"/>
<path d="M24.5 23.5 29 28" stroke="#b42318" stroke-width="3" stroke-linecap="round"/>
</svg>`;
