/**
 * The wizard's catalogue in two parts, so that a site page's first load carries only what the questions need: the
 * start (questions, ladder, groups, stages, scoring) and the engine's part (methods, rules, traits), fetched once the
 * planner has answered the first question. A catalogue's language texts split the same way, by where they stand.
 */
import type { LanguageTexts } from './catalogLanguages.ts';
import type { WizardCatalog } from './shapes.ts';

const ENGINE_KEYS = ['methods', 'rules', 'traits'] as const;
export type EnginePart = Pick<WizardCatalog, (typeof ENGINE_KEYS)[number]>;

/** The catalogue without its methods, rules and traits (empty lists stand in for them). */
export const startPart = (catalog: WizardCatalog): WizardCatalog => ({
	...catalog,
	methods: [],
	rules: [],
	traits: []
});

export const enginePart = (catalog: WizardCatalog): EnginePart => ({
	methods: catalog.methods,
	rules: catalog.rules,
	traits: catalog.traits
});

/** Has the catalogue its methods yet? Every complete catalogue has some (the schema asks for at least one). */
export const isComplete = (catalog: WizardCatalog): boolean => catalog.methods.length > 0;

const isEngineKey = (key: string) => ENGINE_KEYS.some((part) => key.startsWith(`${part}/`));

/** A language's texts for the engine's part, or for the rest. */
export const textsOf = (texts: LanguageTexts, part: 'engine' | 'start'): LanguageTexts =>
	Object.fromEntries(
		Object.entries(texts).filter(([key]) => isEngineKey(key) === (part === 'engine'))
	);
