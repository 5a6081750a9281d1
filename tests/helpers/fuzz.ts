/**
 * How many cases a property test tries. CI runs the base counts (well under a minute together); set FUZZ_SCALE for
 * a longer hunt, e.g. `FUZZ_SCALE=50 npx vitest run --project unit`.
 */
const scale = Number(process.env.FUZZ_SCALE ?? 1);
if (!(scale > 0))
	throw new Error(`FUZZ_SCALE must be a positive number (got "${process.env.FUZZ_SCALE}")`);

export const runs = (base: number) => Math.max(1, Math.round(base * scale));
