/**
 * One presentation shared by two windows of the same site: the projected one and the presenter window on the
 * trainer's laptop. Either can take a clicker key; it moves its own state and tells the other over a
 * BroadcastChannel, which adopts it. No server: the channel never leaves the browser.
 */
import type { TrainerCatalog } from '../catalog/shapes.ts';
import { START, buildDeck, clamp, move, outlineOf, type DeckSlide, type Position } from './deck.ts';
import type { DeckAction } from './keys.ts';

export const CHANNEL_NAME = 'delaktighetskarta-trappan';

export interface SessionState {
	outline: string;
	slide: number;
	phase: number;
	blank: boolean;
}

export type SessionMessage = { type: 'state'; state: SessionState } | { type: 'hello' };

function isMessage(data: unknown): data is SessionMessage {
	if (typeof data !== 'object' || data === null) return false;
	const message = data as { type?: unknown; state?: Partial<SessionState> };
	if (message.type === 'hello') return true;
	const state = message.state;
	return (
		message.type === 'state' &&
		typeof state === 'object' &&
		state !== null &&
		typeof state.outline === 'string' &&
		typeof state.slide === 'number' &&
		typeof state.phase === 'number' &&
		typeof state.blank === 'boolean'
	);
}

export interface Session {
	readonly deck: DeckSlide[];
	readonly position: Position;
	readonly blank: boolean;
	readonly outlineId: string;
	/** The other window has been heard from. */
	readonly connected: boolean;
	act(action: DeckAction): void;
	close(): void;
}

export interface SessionOptions {
	/** The projected window answers a new presenter window's hello with where it is. */
	answersHello: boolean;
}

export function createSession(
	catalog: TrainerCatalog,
	outline: string,
	options: SessionOptions
): Session {
	let outlineId = $state(outlineOf(catalog, outline).id);
	let position = $state<Position>(START);
	let blank = $state(false);
	let connected = $state(false);
	const deck = $derived(buildDeck(catalog, outlineOf(catalog, outlineId)));

	const channel =
		typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
	const snapshot = (): SessionState => ({
		outline: outlineId,
		slide: position.slide,
		phase: position.phase,
		blank
	});
	const post = (message: SessionMessage) => channel?.postMessage(message);

	if (channel) {
		channel.onmessage = (event: MessageEvent<unknown>) => {
			if (!isMessage(event.data)) return;
			connected = true;
			if (event.data.type === 'hello') {
				if (options.answersHello) post({ type: 'state', state: snapshot() });
				return;
			}
			const state = event.data.state;
			outlineId = outlineOf(catalog, state.outline).id;
			position = clamp(buildDeck(catalog, outlineOf(catalog, outlineId)), state);
			blank = state.blank;
		};
		// Whoever opens second learns where the other one is.
		if (options.answersHello) post({ type: 'state', state: snapshot() });
		else post({ type: 'hello' });
	}

	return {
		get deck() {
			return deck;
		},
		get position() {
			return position;
		},
		get blank() {
			return blank;
		},
		get outlineId() {
			return outlineId;
		},
		get connected() {
			return connected;
		},
		act(action) {
			// Any key brings back a blanked screen first, as presentation programs do; B and "." toggle it.
			if (action === 'blank' || blank) blank = !blank;
			else position = move(deck, position, action);
			post({ type: 'state', state: snapshot() });
		},
		close() {
			channel?.close();
		}
	};
}
