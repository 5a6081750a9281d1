/**
 * Validates the catalogue when Vite starts and hands it to the app as plain JSON
 * (`import catalog from 'virtual:delaktighetskarta/catalog'`). The browser never compiles a schema, so a strict CSP
 * holds, and a broken catalogue fails `npm run build` with the same messages as `npm run validate`.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadCatalog } from '../lib/domain/load.ts';
import { repoRoot } from './paths.ts';
import { readCatalog, type CatalogDirs } from './readCatalog.ts';
import { formatProblems } from './report.ts';

export const CATALOG_MODULE = 'virtual:delaktighetskarta/catalog';
const RESOLVED = '\0' + CATALOG_MODULE;

/** `dirs` defaults to the repository's own methods/ and rules/. */
export function catalogPlugin(dirs: CatalogDirs = {}): Plugin {
	const dataDirs = [dirs.methods ?? join(repoRoot, 'methods'), dirs.rules ?? join(repoRoot, 'rules')];
	return {
		name: 'delaktighetskarta-catalog',
		resolveId(source) {
			return source === CATALOG_MODULE ? RESOLVED : undefined;
		},
		load(id) {
			if (id !== RESOLVED) return undefined;
			const source = readCatalog(dirs);
			for (const file of source.files) this.addWatchFile(source.absolutePath(file.path));
			const { catalog, problems } = loadCatalog(source.files);
			if (!catalog) this.error(`the catalogue is invalid:\n\n${formatProblems(problems, source, 'text', '')}`);
			for (const problem of problems) {
				this.warn(`${problem.file}:${problem.line}:${problem.column}  ${problem.message}  (${problem.keyword})`);
			}
			// JSON.parse of a string literal is faster to start than the same object as a JS literal.
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(catalog))});`;
		},
		configureServer(server) {
			server.watcher.add(dataDirs);
			const reload = (file: string) => {
				if (!dataDirs.some((dir) => file.startsWith(dir))) return;
				const module = server.moduleGraph.getModuleById(RESOLVED);
				if (module) server.moduleGraph.invalidateModule(module);
				server.ws.send({ type: 'full-reload' });
			};
			server.watcher.on('change', reload);
			server.watcher.on('add', reload);
			server.watcher.on('unlink', reload);
		}
	};
}
