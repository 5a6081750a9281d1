/** Which dictionary entry names each value of a method attribute (lead time, cost or need, format). */
export const LEAD_TIME_KEYS = {
	short: 'leadShort',
	medium: 'leadMedium',
	long: 'leadLong'
} as const;
export const RATING_KEYS = {
	low: 'ratingLow',
	medium: 'ratingMedium',
	high: 'ratingHigh'
} as const;
export const MODE_KEYS = {
	physical: 'modePhysical',
	digital: 'modeDigital',
	hybrid: 'modeHybrid'
} as const;
