import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnreadableFolder, readCatalog } from '../../src/cli/readCatalog.ts';
import { LIMITS } from '../../src/lib/catalog/limits.ts';

/** What readCatalog made of each file: its text's length, or why it was not read. */
function outcomes(dir: string) {
	return Object.fromEntries(
		readCatalog({ methods: join(dir, 'methods'), rules: join(dir, 'rules') }).files.map((file) => [
			file.path,
			'text' in file ? { length: file.text.length } : file.unreadable
		])
	);
}

describe('reading a catalogue folder', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'delaktighetskarta-read-'));
		mkdirSync(join(dir, 'methods'));
		mkdirSync(join(dir, 'rules'));
		writeFileSync(join(dir, 'methods', 'vanlig.yaml'), 'id: vanlig\n');
		symlinkSync('/proc/self/environ', join(dir, 'methods', 'miljo.yaml'));
		symlinkSync(join(dir, 'methods', 'vanlig.yaml'), join(dir, 'methods', 'lank.yaml'));
		mkdirSync(join(dir, 'methods', 'mapp.yaml'));
		execFileSync('mkfifo', [join(dir, 'methods', 'ror.yaml')]);
		// "Kärlek" as Notepad on Swedish Windows saves it: ä is the single byte 0xE4.
		writeFileSync(
			join(dir, 'methods', 'ansi.yaml'),
			Buffer.from([...Buffer.from('id: ansi\nname: { sv: K'), 0xe4, ...Buffer.from('rlek }\n')])
		);
		writeFileSync(join(dir, 'methods', 'stor.yaml'), 'x'.repeat(LIMITS.fileBytes + 1));
		writeFileSync(join(dir, 'rules', 'ladder.yaml'), '\uFEFFlevels: []\n');
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('reads regular files and nothing else, each refusal in its own file', () => {
		expect(outcomes(dir)).toEqual({
			'methods/ansi.yaml': {
				line: 2,
				column: 14,
				keyword: 'encoding',
				message:
					'the file is not UTF-8: byte 0xE4 here is not a UTF-8 character (in Windows-1252 or Latin-1 it is "ä"); save the file as UTF-8'
			},
			'methods/lank.yaml': {
				keyword: 'not-a-file',
				message:
					'is a symbolic link; the catalogue reads only regular files in its folder, so copy the file here instead'
			},
			'methods/mapp.yaml': { keyword: 'not-a-file', message: 'is a folder, not a file' },
			'methods/miljo.yaml': {
				keyword: 'not-a-file',
				message:
					'is a symbolic link; the catalogue reads only regular files in its folder, so copy the file here instead'
			},
			'methods/ror.yaml': {
				keyword: 'not-a-file',
				message:
					'is not a regular file (a device, pipe or socket); the catalogue reads only regular files'
			},
			'methods/stor.yaml': {
				keyword: 'file-size',
				message: 'the file is larger than 256 kB; a catalogue file may be at most 256 kB'
			},
			'methods/vanlig.yaml': { length: 11 },
			// The byte order mark is kept for the loader to point out (tests/catalog/validate.test.ts).
			'rules/ladder.yaml': { length: 12 }
		});
	});

	it('says which folder it cannot read, and why, in one line', () => {
		expect(() =>
			readCatalog({ methods: join(dir, 'finns-inte'), rules: join(dir, 'rules') })
		).toThrow(
			new UnreadableFolder(
				`cannot read the methods folder ${join(dir, 'finns-inte')}: it does not exist (ENOENT)`
			)
		);
	});
});
