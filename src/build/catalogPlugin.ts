/**
 * Validates the catalogue when Vite starts and hands it to the app as plain JSON
 * (`import catalog from 'virtual:delaktighetskarta/catalog'`). The browser never compiles a schema, so a strict CSP
 * holds, and a broken catalogue fails `npm run build` with the same messages as `npm run validate`.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { catalogValidatorSource } from '../lib/catalog/compileSchemas.ts';
import { loadCatalog, type LoadResult } from '../lib/catalog/load.ts';
import { splitLanguage, type LanguageTexts } from '../lib/catalog/catalogLanguages.ts';
import { enginePart, startPart } from '../lib/catalog/catalogParts.ts';
import { FIRST_LANG, LANGS, type Lang } from '../lib/catalog/lang.ts';
import { trainerCatalog, wizardCatalog } from './slimCatalog.ts';
import type { Catalog, WizardCatalog } from '../lib/catalog/types.ts';
import { repoRoot } from '../cli/paths.ts';
import { UnreadableFolder, readCatalog, type CatalogDirs } from '../cli/readCatalog.ts';
import { formatProblems, printable } from '../cli/report.ts';

/** The whole validated catalogue (method pages, build-time loads). */
export const CATALOG_MODULE = 'virtual:delaktighetskarta/catalog';
/** The catalogue without the texts only method pages show and the trainer's material: for the wizard and the widget. */
export const WIZARD_CATALOG_MODULE = 'virtual:delaktighetskarta/wizard-catalog';
/** The slim catalogue with the ladder's texts, the ladder comparison and the cases: for the trainer's page. */
export const TRAINER_CATALOG_MODULE = 'virtual:delaktighetskarta/trainer-catalog';
/** The wizard's catalogue in the first language only: the site's pages fetch another language when it is asked for. */
export const WIZARD_CATALOG_BASE_MODULE = 'virtual:delaktighetskarta/wizard-catalog-base';
/**
 * The wizard's first-language catalogue without its methods, rules and traits: what the questions need, in a site
 * page's first load. The rest (`WIZARD_CATALOG_ENGINE_MODULE`) arrives once the planner has answered the first one.
 */
export const WIZARD_CATALOG_START_MODULE = 'virtual:delaktighetskarta/wizard-catalog-start';
/** The methods, rules and traits the engine needs, in the first language. */
export const WIZARD_CATALOG_ENGINE_MODULE = 'virtual:delaktighetskarta/wizard-catalog-engine';
/** One loader per other language, each importing that language's texts as a chunk of its own. */
export const WIZARD_TEXT_LOADERS_MODULE = 'virtual:delaktighetskarta/wizard-texts';
/** The wizard catalogue's texts in one language (`…-en`), keyed as `splitLanguage` keys them. */
export const wizardTextsModule = (lang: Lang) => `virtual:delaktighetskarta/wizard-texts-${lang}`;
/** A precompiled validator for an assembled catalogue, for checking a municipality's catalogue in the browser. */
export const VALIDATOR_MODULE = 'virtual:delaktighetskarta/catalog-validator';

const OTHER_LANGS = LANGS.filter((lang) => lang !== FIRST_LANG);

/** The wizard's catalogue with only the first language, and the texts of every other language by itself. */
function byLanguage(catalog: Catalog) {
	let base: WizardCatalog = wizardCatalog(catalog);
	const texts: Partial<Record<Lang, LanguageTexts>> = {};
	for (const lang of OTHER_LANGS) {
		const split = splitLanguage(base, lang);
		base = split.catalog;
		texts[lang] = split.texts;
	}
	return { base, texts };
}

/** What each catalogue module holds, by Rollup's id for it (a virtual module's id starts with \0). */
const SHAPES: Record<string, (catalog: Catalog) => unknown> = {
	['\0' + CATALOG_MODULE]: (catalog: Catalog) => catalog,
	['\0' + WIZARD_CATALOG_MODULE]: wizardCatalog,
	['\0' + TRAINER_CATALOG_MODULE]: trainerCatalog,
	['\0' + WIZARD_CATALOG_BASE_MODULE]: (catalog: Catalog) => byLanguage(catalog).base,
	['\0' + WIZARD_CATALOG_START_MODULE]: (catalog: Catalog) => startPart(byLanguage(catalog).base),
	['\0' + WIZARD_CATALOG_ENGINE_MODULE]: (catalog: Catalog) => enginePart(byLanguage(catalog).base),
	...Object.fromEntries(
		OTHER_LANGS.map((lang) => [
			'\0' + wizardTextsModule(lang),
			(catalog: Catalog) => byLanguage(catalog).texts[lang]
		])
	)
};
const RESOLVED_LOADERS = '\0' + WIZARD_TEXT_LOADERS_MODULE;
const RESOLVED_VALIDATOR = '\0' + VALIDATOR_MODULE;

/** `dirs` defaults to the repository's own methods/ and rules/. */
export function catalogPlugin(dirs: CatalogDirs = {}): Plugin {
	const dataDirs = [
		dirs.methods ?? join(repoRoot, 'methods'),
		dirs.rules ?? join(repoRoot, 'rules')
	];
	let loaded: ({ key: string } & LoadResult) | undefined;
	return {
		name: 'delaktighetskarta-catalog',
		resolveId(source) {
			const resolved = '\0' + source;
			return resolved in SHAPES || resolved === RESOLVED_VALIDATOR || resolved === RESOLVED_LOADERS
				? resolved
				: undefined;
		},
		load(id) {
			if (id === RESOLVED_VALIDATOR) return catalogValidatorSource();
			if (id === RESOLVED_LOADERS) {
				const loaders = OTHER_LANGS.map(
					(lang) =>
						`${JSON.stringify(lang)}: () => import(${JSON.stringify(wizardTextsModule(lang))}).then((module) => module.default)`
				);
				return `export const textLoaders = { ${loaders.join(', ')} };`;
			}
			const shape = SHAPES[id];
			if (!shape) return undefined;
			let source;
			try {
				source = readCatalog(dirs);
			} catch (error) {
				if (error instanceof UnreadableFolder) this.error(error.message);
				throw error;
			}
			for (const file of source.files) this.addWatchFile(source.absolutePath(file.path));
			// Several modules come from one catalogue: check it once per content, not once per module.
			const key = JSON.stringify(source.files);
			if (loaded?.key !== key) loaded = { key, ...loadCatalog(source.files) };
			const { catalog, problems } = loaded;
			if (!catalog)
				this.error(`the catalogue is invalid:\n\n${formatProblems(problems, source, 'text', '')}`);
			for (const problem of problems) {
				this.warn(
					printable(
						`${problem.file}:${problem.line}:${problem.column}  ${problem.message}  (${problem.keyword})`
					)
				);
			}
			const data = shape(catalog!);
			// JSON.parse of a string literal is faster to start than the same object as a JS literal.
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
		},
		configureServer(server) {
			server.watcher.add(dataDirs);
			const reload = (file: string) => {
				if (!dataDirs.some((dir) => file.startsWith(dir))) return;
				for (const id of Object.keys(SHAPES)) {
					const module = server.moduleGraph.getModuleById(id);
					if (module) server.moduleGraph.invalidateModule(module);
				}
				server.ws.send({ type: 'full-reload' });
			};
			server.watcher.on('change', reload);
			server.watcher.on('add', reload);
			server.watcher.on('unlink', reload);
		}
	};
}
