// Reads Vitest JSON reports and the results of the other checks, and prints the plain closing line CI reads:
// "N passed, N failed". Usage: node .ci/summary.mjs <report.json>... [--failed-checks N]
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const flag = args.indexOf('--failed-checks');
let failed = flag >= 0 ? Number(args[flag + 1]) : 0;
const reports = flag >= 0 ? args.filter((_, index) => index !== flag && index !== flag + 1) : args;
let passed = 0;
let skipped = 0;
for (const file of reports) {
	if (!existsSync(file)) {
		console.error(`missing test report ${file}`);
		failed += 1;
		continue;
	}
	const report = JSON.parse(readFileSync(file, 'utf8'));
	passed += report.numPassedTests ?? 0;
	failed += report.numFailedTests ?? 0;
	// A suite that failed to load has no failed tests but is a failure all the same.
	if (report.success === false && !report.numFailedTests) failed += 1;
	skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
