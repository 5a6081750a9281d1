import { createActor } from 'xstate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../src/lib/wizard/draft.ts';
import { syncWithHistory } from '../../src/lib/wizard/historySync.ts';
import { wizardMachine } from '../../src/lib/wizard/machine.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const catalog = repoCatalog();
const set = (answer: Partial<Draft>) => ({ type: 'answer.set', answer }) as const;
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** A wizard on its result: a question answered step by step. */
function onResult() {
	const actor = createActor(wizardMachine, { input: { catalog } });
	actor.start();
	for (const answer of [
		{ title: 'Torget', purpose: 'Idéer' },
		{ open: 'ja' as const },
		{ complex: true, conflict: false },
		{ scope: 'politisk' as const },
		{ level: 'dialog' as const },
		{ groups: ['unga' as const] },
		{ stage: 'forslag' as const },
		{}
	]) {
		actor.send(set(answer));
		actor.send({ type: 'step.next' });
	}
	return actor;
}

/** The browser's address and history, as much of them as historySync uses. */
function fakeBrowser() {
	const location = { search: '' };
	const write = (_state: unknown, _title: string, url: string) => {
		location.search = url;
	};
	const history = { pushState: vi.fn(write), replaceState: vi.fn(write) };
	vi.stubGlobal('location', location);
	vi.stubGlobal('history', history);
	vi.stubGlobal('window', { addEventListener() {}, removeEventListener() {} });
	return history;
}

describe('the address in step with the wizard', () => {
	let history: ReturnType<typeof fakeBrowser>;
	beforeEach(() => (history = fakeBrowser()));
	afterEach(() => vi.unstubAllGlobals());

	it('writes an answer into the address after the answer’s own work, once for changes made together', async () => {
		const actor = onResult();
		const stop = syncWithHistory(actor, catalog.questionTypes);
		expect(location.search).toContain('step=result');
		expect(location.search).toContain('level=dialog');
		history.replaceState.mockClear();

		actor.send(set({ level: 'inflytande' }));
		actor.send(set({ level: 'konsultation' }));
		expect(location.search).toContain('level=dialog');
		await nextTask();
		expect(history.replaceState).toHaveBeenCalledTimes(1);
		expect(location.search).toContain('level=konsultation');
		stop();
	});

	it('makes a new history entry for a new step', async () => {
		const actor = onResult();
		const stop = syncWithHistory(actor, catalog.questionTypes);
		actor.send({ type: 'step.back' });
		await nextTask();
		expect(history.pushState).toHaveBeenCalledTimes(1);
		expect(location.search).not.toContain('step=result');
		stop();
	});

	it('drops a write not yet made when the wizard leaves the page', async () => {
		const actor = onResult();
		const stop = syncWithHistory(actor, catalog.questionTypes);
		const before = location.search;
		actor.send(set({ level: 'inflytande' }));
		stop();
		await nextTask();
		expect(location.search).toBe(before);
	});
});
