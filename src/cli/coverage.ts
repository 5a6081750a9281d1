/**
 * npm run --silent coverage [-- --json]: for every combination of question type × level × stage × single target group
 * × openness, how many methods fit well; lists the thin spots where fewer than three do.
 */
import { everyCombination } from '../lib/domain/crossCheck';
import { rank } from '../lib/domain/rank';
import { loadOrExit, parseFlags, run } from './cli';

const USAGE = `usage: npm run --silent coverage -- [--json] [--min N]

For each combination of question type, level, stage, one target group and openness, counts the methods whose fit
is good (score at or above the threshold in rules/scoring.yaml) and lists combinations with fewer than N (default 3).`;

await run(USAGE, () => {
	const { values } = parseFlags(process.argv.slice(2), {
		json: { type: 'boolean' },
		min: { type: 'string' },
		help: { type: 'boolean' }
	});
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const min = values.min === undefined ? 3 : Number(values.min);
	const catalog = loadOrExit();
	const { good } = catalog.scoring.thresholds;
	const combinations = [...everyCombination()].map((answers) => {
		const ranking = rank(catalog, answers);
		return { answers, good: ranking.scored.filter((entry) => entry.score >= good).length, recommended: ranking.recommended.length };
	});
	const thin = combinations.filter((combination) => combination.good < min);
	const counts = combinations.map((combination) => combination.good).sort((a, b) => a - b);
	const summary = {
		combinations: combinations.length,
		threshold: good,
		goodFits: { min: counts[0], median: counts[Math.floor(counts.length / 2)], max: counts.at(-1) },
		fewestRecommendations: Math.min(...combinations.map((combination) => combination.recommended)),
		thinSpots: thin.length
	};
	if (values.json) {
		console.log(JSON.stringify({ ...summary, thin: thin.map(({ answers, good: count }) => ({ ...answers, good: count })) }, null, 2));
		return 0;
	}
	console.log(`${summary.combinations} combinations; methods with a good fit (score ≥ ${good}): min ${summary.goodFits.min}, median ${summary.goodFits.median}, max ${summary.goodFits.max}`);
	console.log(`every combination gets at least ${summary.fewestRecommendations} recommendations`);
	console.log(`${thin.length} thin spots (fewer than ${min} good fits)${thin.length ? ':' : ''}`);
	for (const { answers, good: count } of thin) {
		console.log(`  ${count}  question-type=${answers.questionType} level=${answers.level} stage=${answers.stage} group=${answers.groups[0]} open=${answers.open}`);
	}
	return 0;
});
