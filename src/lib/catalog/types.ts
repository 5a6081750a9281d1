/**
 * The catalogue as the engine and the UI see it: validated once by `loadCatalog`, typed from the JSON Schemas
 * (catalog.generated.ts) and trusted everywhere after.
 */
import type {
	Case,
	Exercise,
	Group,
	Level,
	Method,
	MunicipalityFile,
	OtherLadder,
	Outline,
	Question,
	QuestionType,
	Rule,
	ScoringFile,
	SlideNotes,
	Stage,
	Trait
} from './catalog.generated.ts';

export type * from './catalog.generated.ts';

export interface Catalog {
	/** A hash of the catalogue's files: which catalogue a recommendation, a plan or a record came from. */
	version: string;
	/** Sorted by id. */
	methods: Method[];
	/** The ladder, lowest step first. */
	levels: Level[];
	/** Decision stages in process order. */
	stages: Stage[];
	groups: Group[];
	questions: Question[];
	questionTypes: QuestionType[];
	traits: Trait[];
	scoring: ScoringFile;
	rules: Rule[];
	/** Other ladders (Boverket, IAP2, Arnstein) mapped to `levels`, for the trainer mode. */
	ladders: OtherLadder[];
	/** Swedish cases with the answers that describe them, for the trainer mode. */
	cases: Case[];
	/** The trainer's exercises (rules/exercises.yaml). */
	exercises: Exercise[];
	/** Sessions of 20, 40 or 60 minutes: slides and exercises in order (rules/exercises.yaml). */
	outlines: Outline[];
	/** Speaker notes for the slides that are neither steps nor exercises (rules/exercises.yaml). */
	slideNotes: SlideNotes;
	/** Set in a municipality's own catalogue: its name and dialogue policy. */
	municipality?: MunicipalityFile;
}

export { LANGS, type Lang } from './lang.ts';
export type {
	TrainerCatalog,
	WizardCatalog,
	WizardLevel,
	WizardMethod,
	WizardRule,
	WizardTrait
} from './shapes.ts';
