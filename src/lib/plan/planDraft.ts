/**
 * Drafts kept on this device, so that nothing the planner types is lost on reload, Back or a closed tab: each plan
 * under an id of its own (the address carries the id, never the text), with its answers and its fields. Stored in
 * the browser's localStorage for this site only; never sent anywhere. The planner can clear them at any time.
 * Where storage is unavailable (blocked, private mode, full), drafts live for this page only and the page says so.
 */
import type { PlanFields } from './plan.ts';

export interface StoredDraft {
	/** The plan's title, to list it by. */
	title: string;
	/** The answers, as the share link writes them. */
	answers: string;
	plan: PlanFields;
	savedAt: string;
}

export interface DraftStore {
	/** False when drafts cannot outlive this page. */
	readonly lasting: boolean;
	get(id: string): StoredDraft | undefined;
	put(id: string, draft: StoredDraft): void;
	list(): { id: string; draft: StoredDraft }[];
	remove(id: string): void;
	clear(): void;
}

const KEY = 'delaktighetskarta:utkast';

/** Drafts in localStorage, or in memory when the browser will not keep them. */
export function browserDrafts(
	storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null
): DraftStore {
	const memory = new Map<string, StoredDraft>();
	let lasting = storage !== null;
	const read = (): Record<string, StoredDraft> => {
		if (!lasting) return Object.fromEntries(memory);
		try {
			const parsed: unknown = JSON.parse(storage!.getItem(KEY) ?? '{}');
			return parsed && typeof parsed === 'object' ? (parsed as Record<string, StoredDraft>) : {};
		} catch {
			return {};
		}
	};
	const write = (all: Record<string, StoredDraft>) => {
		if (lasting) {
			try {
				storage!.setItem(KEY, JSON.stringify(all));
				return;
			} catch {
				// Full or blocked: keep the drafts for this page, and say so.
				lasting = false;
			}
		}
		memory.clear();
		for (const [id, draft] of Object.entries(all)) memory.set(id, draft);
	};
	return {
		get lasting() {
			return lasting;
		},
		get: (id) => read()[id],
		put(id, draft) {
			write({ ...read(), [id]: draft });
		},
		list: () =>
			Object.entries(read())
				.map(([id, draft]) => ({ id, draft }))
				.sort((a, b) => (a.draft.savedAt < b.draft.savedAt ? 1 : -1)),
		remove(id) {
			const all = read();
			delete all[id];
			write(all);
		},
		clear() {
			if (lasting) {
				try {
					storage!.removeItem(KEY);
				} catch {
					// Nothing to clear that we could reach.
				}
			}
			memory.clear();
		}
	};
}

/** This site's localStorage, or null where the browser blocks it (accessing it can throw). */
export function siteStorage(): Storage | null {
	try {
		const storage = window.localStorage;
		const probe = `${KEY}:prov`;
		storage.setItem(probe, '1');
		storage.removeItem(probe);
		return storage;
	} catch {
		return null;
	}
}

/** A new plan's id: short, random, not derived from anything the planner typed. */
export const newPlanId = (random: () => number = Math.random): string =>
	Array.from(
		{ length: 10 },
		() => 'abcdefghijkmnpqrstuvwxyz23456789'[Math.floor(random() * 32)]
	).join('');
