import { describe, expect, it } from 'vitest';
import { planFileName } from '../../src/lib/plan/planFile.ts';

describe('the name of a downloaded plan', () => {
	it('is the tool’s name and the title in lower case, words joined by hyphens', () => {
		expect(planFileName('Trygghet i centrum')).toBe('delaktighetskarta-trygghet-i-centrum');
		expect(planFileName('  Ny detaljplan: Östra Ån, etapp 2!  ')).toBe(
			'delaktighetskarta-ny-detaljplan-östra-ån-etapp-2'
		);
	});

	it('keeps letters beyond Swedish ones', () => {
		expect(planFileName('Café-kväll i Jåhkåmåhkke')).toBe(
			'delaktighetskarta-café-kväll-i-jåhkåmåhkke'
		);
		expect(planFileName('Árjepluovve – Übersicht')).toBe('delaktighetskarta-árjepluovve-übersicht');
	});

	it('is “plan” without a title, or a title of no letters', () => {
		expect(planFileName('')).toBe('delaktighetskarta-plan');
		expect(planFileName(' –?! ')).toBe('delaktighetskarta-plan');
	});

	it('keeps at most 60 characters of the title and never ends in a hyphen', () => {
		const name = planFileName(`${'ö'.repeat(59)} och mer`);
		expect(name).toBe(`delaktighetskarta-${'ö'.repeat(59)}`);
	});
});
