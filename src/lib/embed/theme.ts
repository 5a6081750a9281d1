/**
 * Theme tokens an intranet may set (accent colour, font family): validated so that a parameter or attribute can
 * never inject CSS. Invalid values are dropped and reported, so the caller can warn about them.
 */
export interface Theme {
	accent?: string;
	font?: string;
}

const COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
// Family names and generic families, comma-separated; quotes allowed, nothing that could close a declaration.
const FONT = /^[\p{L}\p{N} ,'"-]{1,120}$/u;

/** WCAG contrast of white text on the colour: the accent carries white button text, so it must reach 4.5:1. */
export function contrastWithWhite(hex: string): number {
	const full =
		hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit).join('') : hex.slice(1);
	const [r, g, b] = [0, 2, 4].map((at) => {
		const channel = parseInt(full.slice(at, at + 2), 16) / 255;
		return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	});
	const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	return 1.05 / (luminance + 0.05);
}

export function parseTheme(given: { accent?: string | null; font?: string | null }): {
	theme: Theme;
	invalid: string[];
} {
	const theme: Theme = {};
	const invalid: string[] = [];
	if (given.accent) {
		if (!COLOUR.test(given.accent))
			invalid.push(`accent=${given.accent} (not a #rgb or #rrggbb colour)`);
		else if (contrastWithWhite(given.accent) < 4.5)
			invalid.push(`accent=${given.accent} (too light for white text: needs 4.5:1)`);
		else theme.accent = given.accent;
	}
	if (given.font) {
		if (FONT.test(given.font)) theme.font = given.font;
		else
			invalid.push(`font=${given.font} (only letters, digits, spaces, commas, quotes and hyphens)`);
	}
	return { theme, invalid };
}

/** The theme as the custom properties the wizard reads (`--dk-accent`, `--dk-font`). */
export function themeStyle(theme: Theme): string {
	return [theme.accent && `--dk-accent: ${theme.accent}`, theme.font && `--dk-font: ${theme.font}`]
		.filter(Boolean)
		.join('; ');
}
