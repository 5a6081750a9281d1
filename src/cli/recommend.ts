/** npm run --silent recommend -- --question-type … --level … --stage … --group … : one JSON object on stdout. */
import {
	ANSWER_PARAMS,
	acceptsMany,
	parseAnswerParams,
	usageLines,
	type AnswerParam
} from '../lib/answers/answerParams.ts';
import type { Answers } from '../lib/answers/answers.ts';
import { LANGS } from '../lib/catalog/lang.ts';
import { recommend } from '../lib/engine/recommend.ts';
import { UsageError, integerFlag, loadOrExit, oneOf, parseFlags, run } from './cli.ts';

const USAGE = `usage: npm run --silent recommend -- <answers> [--lang ${LANGS.join('|')}] [--limit N]
${usageLines().join('\n')}

Prints the recommendation as one JSON object: answers, effectiveLevel, warnings, advice, recommendations
(with reasons), nearMisses and process. Exits 2 on an unknown flag or value.`;

await run(USAGE, () => {
	const answerOptions = Object.fromEntries(
		ANSWER_PARAMS.map((param) => [param, { type: 'string' as const, multiple: true }])
	) as Record<AnswerParam, { type: 'string'; multiple: true }>;
	const { values } = parseFlags(process.argv.slice(2), {
		...answerOptions,
		lang: { type: 'string' },
		limit: { type: 'string' },
		help: { type: 'boolean' }
	});
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const given = values as Partial<Record<AnswerParam, string[]>>;
	for (const param of ANSWER_PARAMS) {
		if (!acceptsMany(param) && (given[param]?.length ?? 0) > 1)
			throw new UsageError(`--${param} was given more than once`);
	}
	const { answers, issues, missing } = parseAnswerParams((param) => given[param] ?? []);
	if (issues.length > 0)
		throw new UsageError(issues.map((issue) => `--${issue.message}`).join('\n       '));
	if (missing.length > 0)
		throw new UsageError(`missing ${missing.map((param) => `--${param}`).join(', ')}`);
	const lang = oneOf('lang', values.lang, LANGS, LANGS[0]!);
	const limit = integerFlag('limit', values.limit, { min: 1, max: 50 });
	const catalog = loadOrExit();
	const result = recommend(catalog, answers as Answers, { lang, limit });
	console.log(JSON.stringify(result, null, 2));
	return 0;
});
