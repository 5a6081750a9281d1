import { execFile } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/cli/paths.ts';
import {
	GROUP_IDS,
	LEVEL_IDS,
	OPEN_IDS,
	QUESTION_TYPE_IDS,
	STAGE_IDS
} from '../../src/lib/catalog/ids.ts';

const exec = promisify(execFile);

/**
 * Runs a CLI command the way `npm run --silent <command> --` does, and never throws on a non-zero exit. `preload`
 * is a module from tests/cli/fixtures loaded first; `script` a fixture run instead of a command.
 */
async function cli(
	command: string,
	args: string[],
	{ preload, env }: { preload?: string; env?: Record<string, string> } = {}
): Promise<{ code: number; stdout: string; stderr: string }> {
	const script = command.startsWith('fixtures/')
		? join(repoRoot, 'tests/cli', `${command}.ts`)
		: join(repoRoot, 'src/cli', `${command}.ts`);
	const imports = ['--import', 'tsx'];
	if (preload) imports.push('--import', join(repoRoot, 'tests/cli/fixtures', `${preload}.ts`));
	try {
		const { stdout, stderr } = await exec(process.execPath, [...imports, script, ...args], {
			cwd: repoRoot,
			maxBuffer: 64 * 1024 * 1024,
			// The test's variables first: /proc/self/environ then starts with them.
			env: { ...env, ...process.env, ...env }
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

/** A failure as the CLI should end: one line on stderr, no stack trace. */
function expectOneLine(stderr: string, message: string) {
	expect(stderr).toBe(`error: ${message}\n`);
}

const REQUIRED = [
	'--question-type',
	'komplex',
	'--level',
	'dialog',
	'--stage',
	'forslag',
	'--group',
	'boende'
];

describe('npm run recommend', () => {
	it('prints one JSON object with the documented shape', async () => {
		const { code, stdout } = await cli('recommend', [
			...REQUIRED,
			'--group',
			'unga',
			'--open',
			'delvis'
		]);
		expect(code).toBe(0);
		const result = JSON.parse(stdout);
		expect(result.answers).toMatchObject({
			questionType: 'komplex',
			level: 'dialog',
			stage: 'forslag',
			groups: ['unga', 'boende'],
			open: 'delvis'
		});
		expect(result.effectiveLevel).toBe('konsultation');
		expect(result.warnings).toContainEqual({
			rule: 'delvis-oppen-fraga-begransas',
			text: expect.any(String)
		});
		expect(result.recommendations.length).toBeGreaterThanOrEqual(3);
		for (const method of result.recommendations) {
			expect(method).toMatchObject({
				id: expect.any(String),
				name: { sv: expect.any(String), en: expect.any(String) },
				levels: expect.any(Array),
				stages: expect.any(Array),
				groups: expect.any(Array),
				score: expect.any(Number)
			});
			expect(method.reasons[0]).toMatchObject({
				rule: expect.any(String),
				text: expect.any(String)
			});
		}
		expect(Array.isArray(result.nearMisses)).toBe(true);
		expect(result.process[0]).toMatchObject({
			stage: 'forslag',
			title: expect.any(String),
			methods: expect.any(Array)
		});
	});

	it('writes its texts in English with --lang en', async () => {
		const { stdout } = await cli('recommend', [...REQUIRED, '--lang', 'en']);
		expect(JSON.parse(stdout).process.map((step: { title: string }) => step.title)).toContain(
			'Report back to participants'
		);
	});

	it('respects --limit', async () => {
		const { stdout } = await cli('recommend', [...REQUIRED, '--limit', '2']);
		expect(JSON.parse(stdout).recommendations).toHaveLength(2);
	});

	for (const value of ['-1', '0', '51', '1e1', '0x10', '5.0', 'abc', '']) {
		it(`refuses --limit "${value}" in one line that names the range`, async () => {
			const { code, stdout, stderr } = await cli('recommend', [...REQUIRED, '--limit', value]);
			expect(code).toBe(2);
			expect(stdout).toBe('');
			expectOneLine(stderr, `--limit must be a whole number from 1 to 50 (got "${value}")`);
		});
	}

	it('exits 2 on an unknown flag, naming it and printing the usage', async () => {
		const { code, stdout, stderr } = await cli('recommend', [...REQUIRED, '--colour', 'blue']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain('unknown flag --colour');
		expect(stderr).toContain('usage: npm run --silent recommend');
	});

	it('exits 2 on an unknown value, naming the flag and listing the allowed values', async () => {
		const { code, stderr } = await cli('recommend', [
			'--question-type',
			'hard',
			'--level',
			'dialog',
			'--stage',
			'forslag',
			'--group',
			'unga'
		]);
		expect(code).toBe(2);
		expect(stderr).toContain(
			'--question-type cannot be "hard"; allowed: enkel, konfliktfylld, komplex, samhallsutmaning'
		);
	});

	it('exits 2 when a required flag is missing', async () => {
		const { code, stderr } = await cli('recommend', ['--question-type', 'enkel']);
		expect(code).toBe(2);
		expect(stderr).toContain('missing --level, --group, --stage');
	});
});

describe('npm run validate', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'delaktighetskarta-validate-'));
		cpSync(join(repoRoot, 'methods'), join(dir, 'methods'), { recursive: true });
		cpSync(join(repoRoot, 'rules'), join(dir, 'rules'), { recursive: true });
		const file = join(dir, 'methods', 'enkat.yaml');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace(
				/^levels: \[konsultation\]$/m,
				'levels: [konsultation, dialogue]'
			)
		);
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const broken = () => ['--methods', join(dir, 'methods'), '--rules', join(dir, 'rules')];
	const brokenLine = () =>
		readFileSync(join(dir, 'methods', 'enkat.yaml'), 'utf8')
			.split('\n')
			.findIndex((line) => line.includes('dialogue')) + 1;

	it('is clean on the repository catalogue', async () => {
		const { code, stdout } = await cli('validate', []);
		expect(code).toBe(0);
		expect(stdout).toMatch(/✓ \d+ methods and \d+ rules: no problems/);
	});

	it('prints file:line:col, severity, message and keyword with a code frame, and exits 1', async () => {
		const { code, stdout } = await cli('validate', broken());
		expect(code).toBe(1);
		const line = brokenLine();
		expect(stdout).toContain(
			`enkat.yaml:${line}:24  error  levels[1] must be one of: information, konsultation, dialog, inflytande, medbestammande (got "dialogue") – did you mean "dialog"?  (enum)`
		);
		expect(stdout).toContain(`> ${line} | levels: [konsultation, dialogue]`);
		expect(stdout).toContain('1 error, 0 warnings');
	});

	it('prints JSON with --format json', async () => {
		const { code, stdout } = await cli('validate', [...broken(), '--format', 'json']);
		expect(code).toBe(1);
		expect(JSON.parse(stdout)).toMatchObject({
			errors: 1,
			warnings: 0,
			problems: [{ line: brokenLine(), column: 24, severity: 'error', keyword: 'enum' }]
		});
	});

	it('prints GitHub annotations with --format github', async () => {
		const { stdout } = await cli('validate', [...broken(), '--format', 'github']);
		expect(stdout).toMatch(
			new RegExp(
				`^::error file=[^,]*enkat\\.yaml,line=${brokenLine()},col=24,title=enum::levels\\[1\\] must be one of`
			)
		);
	});

	it('exits 2 on an unknown format', async () => {
		const { code, stderr } = await cli('validate', ['--format', 'xml']);
		expect(code).toBe(2);
		expect(stderr).toContain('--format cannot be "xml"; allowed: text, json, github');
	});
});

describe('npm run coverage', () => {
	it('reports every combination, the thin spots, the groups no method reaches and the ties, as JSON', async () => {
		const { code, stdout } = await cli('coverage', ['--json']);
		expect(code).toBe(0);
		const report = JSON.parse(stdout);
		expect(report.combinations).toHaveLength(
			QUESTION_TYPE_IDS.length *
				LEVEL_IDS.length *
				STAGE_IDS.length *
				GROUP_IDS.length *
				OPEN_IDS.length
		);
		expect(report.combinations[0]).toMatchObject({
			questionType: 'enkel',
			level: 'information',
			stage: 'behov',
			group: 'alla',
			open: 'ja',
			carrying: expect.any(Number),
			reached: expect.any(Boolean)
		});
		expect(report.thin.every((spot: { carrying: number }) => spot.carrying < 3)).toBe(true);
		expect(report.thinSpots).toBe(report.thin.length);
		expect(report.tiesInTopThreeShare).toBeLessThan(0.05);
	});
});

describe('a failing command', () => {
	let dir: string;
	const catalog = () => ['--methods', join(dir, 'methods'), '--rules', join(dir, 'rules')];
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'delaktighetskarta-fail-'));
		cpSync(join(repoRoot, 'methods'), join(dir, 'methods'), { recursive: true });
		cpSync(join(repoRoot, 'rules'), join(dir, 'rules'), { recursive: true });
		mkdirSync(join(dir, 'out.json'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('never reads or echoes a method file that links elsewhere (/proc/self/environ), also not for GitHub', async () => {
		const link = join(dir, 'methods', 'miljo.yaml');
		symlinkSync('/proc/self/environ', link);
		try {
			const secret = 'hemlig-nyckel-4711';
			for (const format of ['text', 'github', 'json']) {
				const { code, stdout, stderr } = await cli('validate', [...catalog(), '--format', format], {
					env: { DELAKTIGHETSKARTA_SECRET: secret }
				});
				expect(code).toBe(1);
				expect(stdout + stderr).not.toContain(secret);
				expect(stdout).toContain('is a symbolic link; the catalogue reads only regular files');
			}
		} finally {
			rmSync(link);
		}
	});

	it('lists a folder named like a method file as a problem in that file', async () => {
		const folder = join(dir, 'methods', 'mapp.yaml');
		mkdirSync(folder);
		try {
			const { code, stdout, stderr } = await cli('validate', catalog());
			expect(code).toBe(1);
			expect(stdout).toMatch(
				/mapp\.yaml:1:1 {2}error {2}is a folder, not a file {2}\(not-a-file\)/
			);
			expect(stderr).toBe('');
		} finally {
			rmSync(folder, { recursive: true });
		}
	});

	it('says in one line that a folder it was given does not exist', async () => {
		const { code, stdout, stderr } = await cli('validate', ['--methods', '/finns/inte']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expectOneLine(stderr, 'cannot read the methods folder /finns/inte: it does not exist (ENOENT)');
	});

	it('says in one line that --out names a folder, before checking anything', async () => {
		const { code, stdout, stderr } = await cli('buildCatalog', [
			...catalog(),
			'--out',
			join(dir, 'out.json')
		]);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expectOneLine(
			stderr,
			`--out ${join(dir, 'out.json')} is a folder; name the file to write, e.g. ${join(dir, 'out.json', 'kommun.json')}`
		);
	});

	it('says in one line that the disk is full, and leaves the old catalogue as it was', async () => {
		const out = join(dir, 'kommun.json');
		writeFileSync(out, '{"old":true}\n');
		const { code, stdout, stderr } = await cli('buildCatalog', [...catalog(), '--out', out], {
			preload: 'fullDisk'
		});
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expectOneLine(stderr, `cannot write ${out}: the disk is full (ENOSPC)`);
		expect(readFileSync(out, 'utf8')).toBe('{"old":true}\n');
		expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
	});

	for (const where of ['inside', 'outside']) {
		it(`ends an unexpected error ${where} the command's work in one line, exit 1`, async () => {
			const { code, stderr } = await cli('fixtures/internalError', [where]);
			expect(code).toBe(1);
			expect(stderr).toMatch(
				/^error: unexpected internal error: .+ \(run with DEBUG=1 to see where\)\n$/
			);
		});
	}
});
