/**
 * The shapes the catalogue is loaded in, each with its own type. The full `Catalog` is what `loadCatalog` checks and
 * method pages show. The wizard and the widget load a `WizardCatalog`: what the engine and the result cards read,
 * without the long texts only method pages show and without the trainer's material. The trainer's page adds the
 * ladder's texts, the other ladders and the cases back (`TrainerCatalog`). A full catalogue is a wizard catalogue too.
 */
import type { Catalog } from './types.ts';
import type { Level, Method, Rule, Trait } from './catalog.generated.ts';

/** Method texts only the method pages show. */
export type MethodPageField =
	'description' | 'duration' | 'strengths' | 'weaknesses' | 'avoidWhen' | 'cases' | 'sources';

export type WizardMethod = Omit<Method, MethodPageField | 'facilitation'> & {
	facilitation: Pick<Method['facilitation'], 'need'>;
	/** Where in Sweden it has been used (the places only; the case texts are on the method page). */
	cases?: { place: string }[];
};
export type WizardLevel = Omit<Level, 'description' | 'mapping'>;
export type WizardRule = Omit<Rule, 'basis'>;
export type WizardTrait = Pick<Trait, 'id'>;

export interface WizardCatalog extends Omit<
	Catalog,
	'methods' | 'levels' | 'rules' | 'traits' | 'ladders' | 'cases'
> {
	methods: WizardMethod[];
	levels: WizardLevel[];
	rules: WizardRule[];
	traits: WizardTrait[];
}

/** The trainer's page: the wizard's catalogue with the ladder's full texts, the other ladders and the cases. */
export interface TrainerCatalog extends WizardCatalog {
	levels: Level[];
	ladders: Catalog['ladders'];
	cases: Catalog['cases'];
}
