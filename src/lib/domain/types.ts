/**
 * The catalogue as the engine and the UI see it: validated once by `loadCatalog`, typed from the JSON Schemas
 * (catalog.generated.ts) and trusted everywhere after.
 */
import type {
	Group,
	Level,
	Method,
	Question,
	QuestionType,
	Rule,
	ScoringFile,
	Stage,
	Trait
} from './catalog.generated.ts';

export type * from './catalog.generated.ts';

export interface Catalog {
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
}

export type Lang = 'sv' | 'en';
export const LANGS: readonly Lang[] = ['sv', 'en'];
