/**
 * The shapes the catalogue is loaded in, each with its own type. The full `Catalog` is what `loadCatalog` checks and
 * method pages show. The wizard and the widget load a `WizardCatalog`: what the engine and the result cards read,
 * without the long texts only method pages show and without the trainer's material. The trainer's page adds the
 * ladder's texts and the trainer's material back (`TrainerCatalog`). A full catalogue is a wizard catalogue too.
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
/** The ladder's texts the wizard shows: without the description, the mapping and the trainer's methods and example. */
export type WizardLevel = Omit<Level, 'description' | 'mapping' | 'methods' | 'example'>;
export type WizardRule = Omit<Rule, 'basis'>;
export type WizardTrait = Pick<Trait, 'id'>;

export interface WizardCatalog extends Omit<
	Catalog,
	TrainerField | 'methods' | 'levels' | 'rules' | 'traits'
> {
	methods: WizardMethod[];
	levels: WizardLevel[];
	rules: WizardRule[];
	traits: WizardTrait[];
}

/** The trainer's material, which only /trappan loads. */
export type TrainerField = 'ladders' | 'cases' | 'exercises' | 'outlines' | 'slideNotes';

/**
 * The trainer's page: the wizard's catalogue with the ladder's full texts, the other ladders, the cases, the
 * exercises, the session outlines and the speaker notes.
 */
export interface TrainerCatalog extends WizardCatalog, Pick<Catalog, TrainerField> {
	levels: Level[];
}
