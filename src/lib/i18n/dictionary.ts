/**
 * UI text (chrome) in Swedish and English. Catalogue text comes from the YAML; this covers only what the
 * interface itself says. English must have exactly the keys Swedish has: the compiler checks it.
 */
import type { Lang } from '../domain/types.ts';

const sv = {
	siteName: 'Delaktighetskarta',
	tagline: 'Välj rätt metod för medborgardialog – med förklaringar, varningar och en plan för processen.',
	skipToContent: 'Hoppa till innehållet',
	formHeading: 'Beskriv frågan',
	formIntro: 'Svara på frågorna nedan. Verktyget föreslår dialogmetoder, förklarar varför och varnar där planen brister.',
	questionTypeResult: 'Frågetyp',
	yes: 'Ja',
	no: 'Nej',
	submit: 'Visa rekommendationer',
	errorSummaryHeading: 'Det finns fel att rätta',
	errorRequired: 'Välj ett svar på frågan: {question}',
	errorGroups: 'Välj minst en målgrupp',
	resultHeading: 'Rekommendation',
	resultAnnouncement: '{count} metoder rekommenderas. Lovat steg: {level}.',
	promisedLevel: 'Det ni kan lova deltagarna',
	warnings: 'Varningar',
	advice: 'Råd för en bra dialog',
	recommendations: 'Rekommenderade metoder',
	fit: 'Passform',
	why: 'Varför',
	informationNotDialogue: 'Information – inte dialog',
	levels: 'Trappsteg',
	stages: 'Skeden',
	process: 'Föreslagen process',
	processMethods: 'Metoder',
	nearMisses: 'Nästan med',
	nearMissIntro: 'Metoder som passar nästan lika bra, och vad som skulle ändra saken.',
	wouldChange: 'Skulle rekommenderas {change}.',
	noChange: 'Ingen enskild ändring av svaren tar med metoden.',
	ensured: 'Med för att',
	footer: 'Öppen källkod. Inga kakor, ingen spårning och inga anrop till andra webbplatser.'
};

export type Dictionary = typeof sv;

const en: Dictionary = {
	siteName: 'Delaktighetskarta',
	tagline: 'Choose the right method for citizen dialogue – with reasons, warnings and a plan for the process.',
	skipToContent: 'Skip to content',
	formHeading: 'Describe the question',
	formIntro: 'Answer the questions below. The tool suggests dialogue methods, explains why and warns where the plan falls short.',
	questionTypeResult: 'Question type',
	yes: 'Yes',
	no: 'No',
	submit: 'Show recommendations',
	errorSummaryHeading: 'There is a problem',
	errorRequired: 'Choose an answer to: {question}',
	errorGroups: 'Choose at least one target group',
	resultHeading: 'Recommendation',
	resultAnnouncement: '{count} methods recommended. Promised step: {level}.',
	promisedLevel: 'What you can promise participants',
	warnings: 'Warnings',
	advice: 'Advice for a good dialogue',
	recommendations: 'Recommended methods',
	fit: 'Fit',
	why: 'Why',
	informationNotDialogue: 'Information – not dialogue',
	levels: 'Ladder steps',
	stages: 'Stages',
	process: 'Proposed process',
	processMethods: 'Methods',
	nearMisses: 'Nearly there',
	nearMissIntro: 'Methods that fit almost as well, and what would change that.',
	wouldChange: 'Would be recommended {change}.',
	noChange: 'No single change to the answers brings this method in.',
	ensured: 'Included because',
	footer: 'Open source. No cookies, no tracking and no requests to other websites.'
};

export const dictionaries: Record<Lang, Dictionary> = { sv, en };

/** A translator for one language: `t('errorRequired', { question })`. */
export function translator(lang: Lang) {
	const dictionary = dictionaries[lang];
	return (key: keyof Dictionary, vars: Record<string, string | number> = {}) =>
		dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
}

export type Translate = ReturnType<typeof translator>;
