/**
 * The site's root as an absolute URL (`https://kommun.se/verktyg/`), wherever the one build is served: what the
 * embed snippets, the iframe's share links and a relative `?catalog=` are resolved against. In the browser only.
 */
import { resolve } from '$app/paths';

export const siteRoot = (): string => new URL(resolve('/'), location.href).href;
