/**
 * Serving the built site and driving Debian's Chromium, for the browser tests and `npm run bench`: the static
 * build served from node:http, playwright-core with a fresh profile per run, and a record of every request that
 * leaves the origin.
 */
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../cli/paths.ts';

const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8'
};

export interface Site {
	origin: string;
	close: () => Promise<void>;
}

/** What a test server sends for a path: a file's text, or a handler for what a text cannot say (a redirect, a stream). */
export type Respond = string | ((request: IncomingMessage, response: ServerResponse) => void);

function send(
	respond: Respond,
	path: string,
	request: IncomingMessage,
	response: ServerResponse,
	type: string
) {
	if (typeof respond === 'function') respond(request, response);
	else response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? type }).end(respond);
}

export interface ServeOptions {
	/** The built site (build/ by default). */
	dir?: string;
	/** Where the site lies on the server, `/` or a sub-path such as `/verktyg/`: one build works at any. */
	base?: string;
	/** Extra files by their path from the server's root (a municipality's catalogue, say). */
	extra?: Record<string, Respond>;
}

/**
 * Serves a directory as a plain static web server does (nginx, IIS, `python3 -m http.server`), with no rewrite
 * rules: a path names a file; a folder without its slash is redirected to it (query kept) and with it serves its
 * index.html; nothing falls back to `.html`. Responses are gzipped as every production web server does (Lighthouse
 * measures what goes over the wire).
 */
export async function serveStatic(options: ServeOptions = {}): Promise<Site> {
	const { dir = join(repoRoot, 'build'), base = '/', extra = {} } = options;
	if (!existsSync(join(dir, 'index.html')))
		throw new Error(`${dir} has no index.html: run \`npm run build\` first`);
	const compressed = new Map<string, Buffer>();
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
		const respond = extra[path];
		if (respond !== undefined) return send(respond, path, request, response, 'text/plain');
		const target = path.startsWith(base) ? join(dir, path.slice(base.length)) : undefined;
		const found = target?.startsWith(dir) && existsSync(target) ? statSync(target) : undefined;
		if (found?.isDirectory() && !path.endsWith('/')) {
			response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		const file = found?.isDirectory() ? join(target!, 'index.html') : target;
		if (!file || !existsSync(file) || !statSync(file).isFile()) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		if (!/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
			response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
			return;
		}
		let body = compressed.get(file);
		if (!body) compressed.set(file, (body = gzipSync(readFileSync(file))));
		response
			.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' })
			.end(body);
	});
	return listen(server);
}

/** Listens on a free loopback port; closing also drops the connections Chromium keeps alive. */
async function listen(server: Server): Promise<Site> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				// Without this close() waits for Chromium's keep-alive connections for a minute or more.
				server.closeAllConnections();
			})
	};
}

export interface Browser {
	context: BrowserContext;
	close: () => Promise<void>;
}

export interface LaunchOptions {
	/** false for testing what works without scripts. */
	javaScriptEnabled?: boolean;
	/** The reader's default font size in px (Settings → Appearance → Font size; 16 unless changed). */
	defaultFontSize?: number;
}

/** Chromium with a fresh profile. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
	const { defaultFontSize, ...contextOptions } = options;
	const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
	if (!existsSync(executablePath)) {
		throw new Error(
			`Chromium not found at ${executablePath}: install it with \`apt-get install -y chromium\` or set CHROME_PATH`
		);
	}
	const profile = mkdtempSync(join(tmpdir(), 'delaktighetskarta-chromium-'));
	if (defaultFontSize) {
		mkdirSync(join(profile, 'Default'));
		writeFileSync(
			join(profile, 'Default', 'Preferences'),
			JSON.stringify({ webkit: { webprefs: { default_font_size: defaultFontSize } } })
		);
	}
	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		args: CHROMIUM_ARGS,
		...contextOptions
	});
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}

/**
 * Opens a page that records requests leaving the origin (or the other origins allowed, such as the tool's when the
 * page is an intranet host) and errors thrown in the page.
 */
export async function openPage(
	browser: Browser,
	site: Site,
	path: string,
	alsoAllowed: readonly Site[] = []
) {
	const page = await browser.context.newPage();
	const outside: string[] = [];
	const errors: string[] = [];
	const allowed = [site, ...alsoAllowed].map((item) => item.origin);
	page.on('request', (request) => {
		const url = request.url();
		if (
			!allowed.some((origin) => url.startsWith(origin)) &&
			!url.startsWith('data:') &&
			!url.startsWith('blob:')
		)
			outside.push(url);
	});
	page.on('pageerror', (error) => errors.push(error.message));
	// A blocked script, style or request under the site's CSP is an error like any other.
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (event) =>
			console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
		)
	);
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	await page.goto(site.origin + path);
	return { page, outside, errors };
}

/** Serves fixed HTML pages on another port – another origin – to play the intranet page that hosts the tool. */
export async function serveHost(pages: Record<string, Respond>): Promise<Site> {
	const server: Server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		const page = pages[path];
		if (page === undefined)
			response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
		else send(page, path, request, response, 'text/html; charset=utf-8');
	});
	return listen(server);
}
