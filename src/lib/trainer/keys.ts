/**
 * What a key does in the presentation. Clickers send Next as Page Down, the right arrow or Space, Previous as
 * Page Up or the left arrow, and their blank-screen key as B or "."; a keyboard adds the other arrows, Home and End.
 */
import type { Move } from './deck.ts';

export type DeckAction = Move | 'blank';

const ACTIONS: Readonly<Record<string, DeckAction>> = {
	ArrowRight: 'next',
	ArrowDown: 'next',
	PageDown: 'next',
	' ': 'next',
	ArrowLeft: 'previous',
	ArrowUp: 'previous',
	PageUp: 'previous',
	Home: 'first',
	End: 'last',
	b: 'blank',
	B: 'blank',
	'.': 'blank'
};

export interface KeyPress {
	key: string;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	/** Where the key went: Space on a focused control presses the control. */
	target?: EventTarget | null;
}

export function actionOf(press: KeyPress): DeckAction | null {
	if (press.altKey || press.ctrlKey || press.metaKey) return null;
	const onControl =
		typeof Element !== 'undefined' &&
		press.target instanceof Element &&
		press.target.closest('button, select, input, a, summary') !== null;
	if (press.key === ' ' && onControl) return null;
	return ACTIONS[press.key] ?? null;
}
