import { describe, expect, it } from 'vitest';
import { actionOf } from '../../src/lib/trainer/keys.ts';

describe('the keys a clicker sends', () => {
	const cases: { key: string; expected: ReturnType<typeof actionOf> }[] = [
		{ key: 'ArrowRight', expected: 'next' },
		{ key: 'PageDown', expected: 'next' },
		{ key: ' ', expected: 'next' },
		{ key: 'ArrowDown', expected: 'next' },
		{ key: 'ArrowLeft', expected: 'previous' },
		{ key: 'PageUp', expected: 'previous' },
		{ key: 'ArrowUp', expected: 'previous' },
		{ key: 'b', expected: 'blank' },
		{ key: 'B', expected: 'blank' },
		{ key: '.', expected: 'blank' },
		{ key: 'Home', expected: 'first' },
		{ key: 'End', expected: 'last' },
		{ key: 'Enter', expected: null },
		{ key: 'x', expected: null }
	];
	for (const { key, expected } of cases) {
		it(`${JSON.stringify(key)} means ${expected ?? 'nothing'}`, () => {
			expect(actionOf({ key })).toBe(expected);
		});
	}

	it('leaves shortcuts with Ctrl, Alt or Cmd to the browser', () => {
		expect(actionOf({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
		expect(actionOf({ key: 'ArrowLeft', altKey: true })).toBeNull();
		expect(actionOf({ key: 'b', metaKey: true })).toBeNull();
	});
});
