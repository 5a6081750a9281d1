// A static site: every page is rendered at build time.
export const prerender = true;
// Every page is a folder with an index.html (/metoder/ → metoder/index.html), so any static server serves it
// without rewrite rules, and a link without the slash (/metoder) reaches it through the server's own redirect of a
// folder to its slash. With kit.paths.relative (the default) the same build works under any sub-path.
export const trailingSlash = 'always';
