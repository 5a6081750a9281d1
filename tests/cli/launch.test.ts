import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/cli/paths.ts';

const exec = promisify(execFile);

/** `node src/cli/launch.js …` as package.json's scripts start it, with its bundles in `cache`; never throws. */
async function launch(
	cache: string,
	args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await exec(process.execPath, ['src/cli/launch.js', ...args], {
			cwd: repoRoot,
			env: { ...process.env, DELAKTIGHETSKARTA_CLI_CACHE: cache }
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

let folder: string;
beforeAll(() => {
	folder = mkdtempSync(join(tmpdir(), 'delaktighetskarta-launch-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the command launcher', () => {
	it('bundles a command once, runs it as tsx would, and starts it from the bundle after that', async () => {
		const cache = join(folder, 'once');
		const first = await launch(cache, ['validate', '--format', 'json']);
		const { stdout: fromSource } = await exec(
			join(repoRoot, 'node_modules/.bin/tsx'),
			['src/cli/validate.ts', '--format', 'json'],
			{ cwd: repoRoot }
		);
		expect(first).toEqual({ code: 0, stdout: fromSource, stderr: '' });

		const inputs = JSON.parse(readFileSync(join(cache, 'validate.inputs.json'), 'utf8')).inputs;
		expect(Object.keys(inputs)).toEqual(
			expect.arrayContaining(['src/cli/validate.ts', 'src/lib/catalog/load.ts'])
		);
		const bundle = statSync(join(cache, 'validate.mjs')).ino;
		expect(await launch(cache, ['validate', '--format', 'json'])).toEqual(first);
		expect(statSync(join(cache, 'validate.mjs')).ino).toBe(bundle);
	});

	it('bundles again when a file that went into the bundle has changed', async () => {
		const cache = join(folder, 'again');
		await launch(cache, ['coverage', '--help']);
		const bundle = statSync(join(cache, 'coverage.mjs')).ino;
		const stampsFile = join(cache, 'coverage.inputs.json');
		const stamps = JSON.parse(readFileSync(stampsFile, 'utf8'));
		// As the launcher would have seen the file before an edit: another size and time.
		stamps.inputs['src/lib/engine/rank.ts'] = '1:1';
		writeFileSync(stampsFile, JSON.stringify(stamps));

		const { code, stdout } = await launch(cache, ['coverage', '--help']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^usage: npm run/);
		expect(statSync(join(cache, 'coverage.mjs')).ino).not.toBe(bundle);
	});

	it('passes the flags on and keeps the command’s exit code and one-line errors', async () => {
		const { code, stdout, stderr } = await launch(join(folder, 'flags'), [
			'recommend',
			'--colour',
			'blue'
		]);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/^error: unknown flag --colour\n\nusage: npm run --silent recommend/);
	});

	it('refuses a command it does not know in one line', async () => {
		const { code, stderr } = await launch(join(folder, 'unknown'), ['bench']);
		expect(code).toBe(2);
		expect(stderr).toBe(
			'error: unknown command "bench"; one of validate, recommend, coverage, buildCatalog\n'
		);
	});

	it('says in one line when it cannot keep the bundle', async () => {
		const file = join(folder, 'a-file');
		writeFileSync(file, '');
		const { code, stdout, stderr } = await launch(join(file, 'cache'), ['validate']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(
			/^error: cannot build the command into .*a-file\/cache: ENOTDIR[^\n]*\n$/
		);
	});
});
