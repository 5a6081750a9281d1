import { afterEach, describe, expect, it } from 'vitest';
import { trainerCatalog } from '../../src/build/slimCatalog.ts';
import { createSession, type Session } from '../../src/lib/trainer/session.svelte.ts';
import { repoCatalog } from '../helpers/catalog.ts';

const catalog = trainerCatalog(repoCatalog());
const open: Session[] = [];
const session = (outline: string, answersHello: boolean) => {
	const created = createSession(catalog, outline, { answersHello });
	open.push(created);
	return created;
};

/** Messages cross the channel asynchronously: wait until `check` holds. */
async function until(check: () => boolean) {
	for (let tries = 0; tries < 100 && !check(); tries++)
		await new Promise((resolve) => setTimeout(resolve, 10));
	expect(check()).toBe(true);
}

afterEach(() => {
	for (const item of open.splice(0)) item.close();
});

describe('two windows of one presentation', () => {
	it('brings a presenter window opened later to where the projected one is', async () => {
		const projected = session('60-minuter', true);
		projected.act('next');
		projected.act('next');
		const presenter = session('20-minuter', false);
		await until(() => presenter.connected && presenter.position.slide === 2);
		expect(presenter.outlineId).toBe('60-minuter');
	});

	it('moves both windows with a key in either, and blanks both', async () => {
		const projected = session('40-minuter', true);
		const presenter = session('', false);
		await until(() => presenter.outlineId === '40-minuter');
		presenter.act('next');
		await until(() => projected.position.slide === 1);
		projected.act('previous');
		await until(() => presenter.position.slide === 0);
		presenter.act('blank');
		await until(() => projected.blank);
		// Any key brings the picture back first, without moving.
		projected.act('next');
		await until(() => !presenter.blank);
		expect(projected.position.slide).toBe(0);
	});
});
