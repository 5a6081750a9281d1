/**
 * npm run --silent coverage [-- --json] [--list] [--min N]: for every combination of question type × level × stage ×
 * single target group × openness, how many methods could carry the plan, whether the mix reaches the group, and how
 * often the last tie-break (the id) decides the top three. The thin spots are where the catalogue needs content.
 */
import {
	GROUP_IDS,
	LEVEL_IDS,
	OPEN_IDS,
	QUESTION_TYPE_IDS,
	STAGE_IDS
} from '../lib/catalog/ids.ts';
import { composeMix } from '../lib/engine/mix.ts';
import { rank, tiedOnMeaning } from '../lib/engine/rank.ts';
import { everyCombination } from '../lib/engine/reach.ts';
import { UsageError, loadOrExit, parseFlags, run } from './cli.ts';

const SIZES = [QUESTION_TYPE_IDS, LEVEL_IDS, STAGE_IDS, GROUP_IDS, OPEN_IDS].map(
	(ids) => ids.length
);

const USAGE = `usage: npm run --silent coverage -- [--json] [--list] [--min N]

For each combination of question type, level, stage, one target group and openness (${SIZES.join(' × ')}), counts
the methods that could carry the plan: they reach the group, are made for the question type, keep the promise. A
combination with fewer than N (default 3) is a thin spot: the result says so plainly, and the catalogue needs content
there. Also counts the combinations whose group no method reaches, and how often only the id orders the top three.
  --json   every combination with its counts, and the thin spots, as one JSON object
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
	const combinations = [...everyCombination()].map(({ groups, ...answers }) => {
		const ranking = rank(catalog, { ...answers, groups });
		const top = ranking.recommended.slice(0, 3);
		return {
			...answers,
			group: groups[0]!,
			carrying: ranking.carrying,
			recommended: ranking.recommended.length,
			reached: composeMix(catalog, ranking).unreached.length === 0,
			tied: top.some((entry, at) => at > 0 && tiedOnMeaning(ranking, top[at - 1]!, entry))
		};
	});
	const thin = combinations.filter((combination) => combination.carrying < min);
	const unreached = combinations.filter((combination) => !combination.reached);
	const tied = combinations.filter((combination) => combination.tied);
	const counts = combinations.map((combination) => combination.carrying).sort((a, b) => a - b);
	const summary = {
		combinations: combinations.length,
		min,
		carrying: {
			min: counts[0]!,
			median: counts[Math.floor(counts.length / 2)]!,
			max: counts.at(-1)!
		},
		thinSpots: thin.length,
		unreachedGroups: unreached.length,
		tiesInTopThree: tied.length,
		tiesInTopThreeShare: Math.round((tied.length / combinations.length) * 1000) / 1000
	};
	if (values.json) {
		console.log(JSON.stringify({ ...summary, combinations, thin }, null, 2));
		return 0;
	}
	const percent = (count: number) => `${((count / combinations.length) * 100).toFixed(1)} %`;
	console.log(
		`${summary.combinations} combinations; methods that could carry the plan: min ${summary.carrying.min}, median ${summary.carrying.median}, max ${summary.carrying.max}`
	);
	console.log(
		`${thin.length} thin spots (${percent(thin.length)}): fewer than ${min} methods carry the plan, and the result says so`
	);
	console.log(
		`${unreached.length} combinations (${percent(unreached.length)}) whose group no method reaches; the result names the group and what to do`
	);
	console.log(
		`${tied.length} combinations (${percent(tied.length)}) where only the id orders the top three (target: under 5 %)\n`
	);
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
				`${spot.carrying}  --question-type ${spot.questionType} --level ${spot.level} --stage ${spot.stage} --group ${spot.group} --open ${spot.open}`
			);
		}
	} else if (thin.length > 0) {
		console.log('\nrun with --list to see every thin combination');
	}
	return 0;
});
