/**
 * Starts a command of src/cli from one bundled file: `node src/cli/launch.js validate --format json`.
 *
 * tsx compiles every TypeScript file the command imports each time it starts – half a second of a one-second
 * validate on the build machine. Here esbuild bundles the command once into node_modules/.cache and bundles it again
 * only when one of the files that went into it has changed (their sizes and times are kept beside the bundle), so a
 * start costs a few file stats. Plain JavaScript, so that it runs on Node alone.
 */
import { build, version as esbuildVersion } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The commands a user runs (package.json's scripts name them); measurement tools stay on tsx. */
const COMMANDS = ['validate', 'recommend', 'coverage', 'buildCatalog'];

const cliDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(cliDir, '../..');
// The tests give each run a folder of its own.
const cacheDir =
	process.env.DELAKTIGHETSKARTA_CLI_CACHE ??
	join(repoRoot, 'node_modules/.cache/delaktighetskarta-cli');

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
	process.stderr.write(`error: ${message}\n`);
	process.exit(2);
}

/**
 * Size and modification time of a file, or null when it is gone.
 * @param {string} path
 */
function stamp(path) {
	try {
		const { size, mtimeMs } = statSync(path);
		return `${size}:${mtimeMs}`;
	} catch {
		return null;
	}
}

/**
 * Whether the bundle is there, built by this esbuild and launcher from the files as they are now.
 * @param {string} bundleFile
 * @param {string} stampsFile
 */
function isFresh(bundleFile, stampsFile) {
	let recorded;
	try {
		recorded = JSON.parse(readFileSync(stampsFile, 'utf8'));
	} catch {
		return false;
	}
	if (
		recorded.esbuild !== esbuildVersion ||
		recorded.launcher !== stamp(fileURLToPath(import.meta.url)) ||
		recorded.bundle !== stamp(bundleFile)
	)
		return false;
	return Object.entries(recorded.inputs).every(
		([path, seen]) => stamp(join(repoRoot, path)) === seen
	);
}

/**
 * Each module keeps its own import.meta.url in the bundle (paths.ts finds the repository from it).
 * @type {import('esbuild').Plugin}
 */
const ownImportMetaUrl = {
	name: 'own-import-meta-url',
	setup(plugin) {
		plugin.onLoad({ filter: /\.[cm]?[jt]s$/ }, ({ path }) => {
			// Packages are left as they are (and the path may be a Windows one).
			if (/[\\/]node_modules[\\/]/.test(path)) return undefined;
			const source = readFileSync(path, 'utf8');
			if (!source.includes('import.meta.url')) return undefined;
			return {
				contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)),
				loader: path.endsWith('.ts') ? 'ts' : 'js'
			};
		});
	}
};

/**
 * Bundles the command and records what went into it. Written beside and renamed into place, so a command started
 * at the same moment (the tests start several) reads the old bundle or the new one, never half of one.
 * @param {string} entry
 * @param {string} bundleFile
 * @param {string} stampsFile
 */
async function rebuild(entry, bundleFile, stampsFile) {
	const partial = `${bundleFile}.${process.pid}.tmp`;
	let result;
	try {
		mkdirSync(cacheDir, { recursive: true });
		result = await build({
			entryPoints: [entry],
			absWorkingDir: repoRoot,
			outfile: partial,
			bundle: true,
			platform: 'node',
			format: 'esm',
			target: 'node20',
			metafile: true,
			logLevel: 'silent',
			plugins: [ownImportMetaUrl],
			// Bundled CommonJS packages call require(); an ES module has none of its own.
			banner: {
				js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
			}
		});
	} catch (error) {
		const first = /** @type {{ errors?: import('esbuild').Message[] }} */ (error).errors?.[0];
		const where = first?.location
			? `${first.location.file}:${first.location.line}:${first.location.column + 1}: `
			: '';
		return fail(
			`cannot build the command into ${cacheDir}: ${where}${first?.text ?? /** @type {Error} */ (error).message}`
		);
	}
	/** @type {Record<string, string | null>} */
	const inputs = {};
	for (const input of Object.keys(result.metafile.inputs))
		inputs[input] = stamp(join(repoRoot, input));
	try {
		renameSync(partial, bundleFile);
		const stamps = {
			esbuild: esbuildVersion,
			launcher: stamp(fileURLToPath(import.meta.url)),
			bundle: stamp(bundleFile),
			inputs
		};
		writeFileSync(`${stampsFile}.${process.pid}.tmp`, JSON.stringify(stamps));
		renameSync(`${stampsFile}.${process.pid}.tmp`, stampsFile);
	} catch (error) {
		fail(
			`cannot keep the command's bundle in ${cacheDir}: ${/** @type {Error} */ (error).message}`
		);
	}
}

const [command, ...args] = process.argv.slice(2);
if (!command || !COMMANDS.includes(command))
	fail(`unknown command ${JSON.stringify(command ?? '')}; one of ${COMMANDS.join(', ')}`);

const entry = join(cliDir, `${command}.ts`);
const bundleFile = join(cacheDir, `${command}.mjs`);
const stampsFile = join(cacheDir, `${command}.inputs.json`);
if (!isFresh(bundleFile, stampsFile)) await rebuild(entry, bundleFile, stampsFile);

// The command reads its flags from process.argv.slice(2), as it would started on its own.
process.argv = [process.argv[0] ?? 'node', entry, ...args];
await import(pathToFileURL(bundleFile).href);
