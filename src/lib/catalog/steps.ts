/**
 * A long check written as a generator that yields between steps of bounded size. The CLI and the build run it
 * straight through; a page runs it a slice at a time, so that it still paints and answers input while a large
 * catalogue is checked (the widget is a classic script on another site's page and cannot start a worker).
 */
export type Steps<T> = Generator<void, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

export interface SliceOptions {
	/** How long one slice may run, in milliseconds. */
	sliceMs?: number;
	/** Hands the thread back to the page; resolves when it is ours again. */
	pause?: () => Promise<void>;
	now?: () => number;
}

/** Runs `steps` in slices of about `sliceMs`, pausing between slices. */
export async function runStepsInSlices<T>(
	steps: Steps<T>,
	{ sliceMs = 10, pause = yieldToPage, now = () => performance.now() }: SliceOptions = {}
): Promise<T> {
	let sliceStart = now();
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
		if (now() - sliceStart >= sliceMs) {
			await pause();
			sliceStart = now();
		}
	}
}

/** `scheduler.yield()` where the browser has it (it keeps the task's priority), a new task elsewhere. */
export function yieldToPage(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}
