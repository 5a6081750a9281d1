// jsdom has no ResizeObserver; Svelte's bind:clientWidth needs one. Widths then stay at their defaults.
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
};
