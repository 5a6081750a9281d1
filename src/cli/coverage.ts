/**
 * npm run --silent coverage [-- --json] [--list]: for every combination of question type × level × stage × single
 * target group × openness, how many methods fit well; lists the thin spots where fewer than --min (3) do.
 */
import { everyCombination } from '../lib/catalog/crossCheck.ts';
import { GROUP_IDS, LEVEL_IDS } from '../lib/catalog/ids.ts';
import { rank } from '../lib/engine/rank.ts';
import { UsageError, loadOrExit, parseFlags, run } from './cli.ts';

const USAGE = `usage: npm run --silent coverage -- [--json] [--list] [--min N]

For each combination of question type, level, stage, one target group and openness (4 × 5 × 6 × 11 × 3), counts
the methods whose fit is good (score at or above the threshold in rules/scoring.yaml). A combination with fewer than
N (default 3) good fits is a thin spot: the catalogue needs more methods there.
  --json   every combination with its count, and the thin spots, as one JSON object
  --list   print every thin combination, not only the summary by target group and level`;

await run(USAGE, () => {
	const { values } = parseFlags(process.argv.slice(2), {
		json: { type: 'boolean' },
		list: { type: 'boolean' },
		min: { type: 'string' },
		help: { type: 'boolean' }
	});
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const min = values.min === undefined ? 3 : Number(values.min);
	if (!Number.isInteger(min) || min < 1)
		throw new UsageError(`--min must be a whole number of at least 1 (got "${values.min}")`);
	const catalog = loadOrExit();
	const { good } = catalog.scoring.thresholds;
	const combinations = [...everyCombination()].map((answers) => {
		const ranking = rank(catalog, answers);
		const fits = ranking.scored.filter((entry) => entry.score >= good).length;
		return {
			...answers,
			group: answers.groups[0]!,
			good: fits,
			recommended: ranking.recommended.length
		};
	});
	const thin = combinations.filter((combination) => combination.good < min);
	const counts = combinations.map((combination) => combination.good).sort((a, b) => a - b);
	const summary = {
		combinations: combinations.length,
		threshold: good,
		min,
		goodFits: {
			min: counts[0]!,
			median: counts[Math.floor(counts.length / 2)]!,
			max: counts.at(-1)!
		},
		fewestRecommendations: Math.min(...combinations.map((combination) => combination.recommended)),
		thinSpots: thin.length
	};
	const strip = ({ groups: _groups, ...rest }: (typeof combinations)[number]) => rest;
	if (values.json) {
		console.log(
			JSON.stringify(
				{ ...summary, combinations: combinations.map(strip), thin: thin.map(strip) },
				null,
				2
			)
		);
		return 0;
	}
	console.log(
		`${summary.combinations} combinations; methods with a good fit (score ≥ ${good}): min ${summary.goodFits.min}, median ${summary.goodFits.median}, max ${summary.goodFits.max}`
	);
	console.log(`every combination gets at least ${summary.fewestRecommendations} recommendations`);
	console.log(`${thin.length} thin spots (fewer than ${min} good fits)\n`);
	const perCell = combinations.length / (GROUP_IDS.length * LEVEL_IDS.length);
	console.log(`thin spots by target group and level (of ${perCell} combinations each):`);
	console.log(['group'.padEnd(22), ...LEVEL_IDS.map((level) => level.padStart(15))].join(''));
	for (const group of GROUP_IDS) {
		const row = LEVEL_IDS.map((level) =>
			String(thin.filter((spot) => spot.group === group && spot.level === level).length).padStart(
				15
			)
		);
		console.log([group.padEnd(22), ...row].join(''));
	}
	if (values.list) {
		console.log('');
		for (const spot of thin) {
			console.log(
				`${spot.good}  --question-type ${spot.questionType} --level ${spot.level} --stage ${spot.stage} --group ${spot.group} --open ${spot.open}`
			);
		}
	} else if (thin.length > 0) {
		console.log('\nrun with --list to see every thin combination');
	}
	return 0;
});
