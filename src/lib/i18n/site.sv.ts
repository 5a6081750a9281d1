/**
 * What only the site says, in Swedish: its pages' chrome, the method library, the embedding guide and the plan kept on
 * this device (editor, timeline, drafts). The widget says none of it, so it is not in the interface's dictionary.
 */
export const siteSv = {
	navEmbed: 'Bädda in på intranätet',
	navAccessibility: 'Tillgänglighetsredogörelse',
	openFullPage: 'Öppna i helsida',
	openFullPageLink: 'Öppna Delaktighetskarta i helsida',
	frameTitle: 'Delaktighetskarta – välj metod för medborgardialog',
	copyCode: 'Kopiera koden',
	codeCopied: 'Koden är kopierad.',
	copyCodeFailed: 'Kunde inte kopiera. Markera koden och kopiera den själv.',
	themeAccent: 'Accentfärg',
	themeFont: 'Typsnitt',
	themeFontPage: 'Sidans eget',
	themeNotUsed: 'Används inte:',
	themeTokens: 'Webbkomponenten tar samma värden som CSS-variabler:',
	themeFontSystem: 'standard: systemets typsnitt',
	themePreview: 'Förhandsvisning',
	planIntro:
		'Dialogplanen bygger på svaren och metoderna ovan. Allt är ifyllt med förslag som du kan skriva över; det du skriver ersätter förslaget. Texten stannar på den här datorn och följer inte med i länken – spara planen som fil för att ta med den.',
	planDecisionDate: 'Datum för nämndens beslut',
	planMeetingDates: 'Nämndens sammanträden',
	planMeetingDatesHelp: 'Ett datum per rad, till exempel 2027-03-18. Tidsplanen följer dem.',
	planRestore: 'Återställ förslaget',
	draftsHeading: 'Dina utkast på den här datorn',
	draftsPrivacy:
		'Dialogplaner du skriver sparas som utkast i den här webbläsaren (localStorage), bara på den här datorn, så att inget går förlorat om fliken stängs. Inget skickas någonstans. Rensa utkasten när du är klar, särskilt på en delad dator.',
	draftsMemoryOnly:
		'Webbläsaren tillåter inte att utkast sparas, så planen finns bara kvar så länge sidan är öppen. Spara den som fil.',
	draftsClear: 'Rensa alla utkast',
	draftsCleared: 'Utkasten är borttagna från den här datorn.',
	draftSavedAt: 'sparat {date}',
	timelineWarnings: 'Att se över i tidsplanen',
	timelineCaption: 'Tidsplan, räknad baklänges från beslutet den {date}',
	timelineHeading: 'Tidsplan',
	timelineNoDate:
		'Ange nämndens beslutsdatum i dialogplanen, så räknas tidsplanen baklänges från det.',
	siteName: 'Delaktighetskarta',
	tagline:
		'Välj rätt metod för medborgardialog – med förklaringar, varningar och en plan för processen.',
	skipToContent: 'Hoppa till innehållet',
	footer: 'Öppen källkod. Inga kakor, ingen spårning och inga anrop till andra webbplatser.',
	leadTime: 'Förberedelsetid',
	navWizard: 'Välj metod',
	navLibrary: 'Metoder',
	navLadder: 'Delaktighetstrappan',
	navLabel: 'Huvudmeny',
	libraryHeading: 'Metodbiblioteket',
	libraryIntro:
		'Alla metoder i katalogen. Filtrera på trappsteg, skede, målgrupp och mer – filtren hamnar i adressen så att du kan dela listan.',
	resultCount: '{count} av {total} metoder',
	sortBy: 'Sortera efter',
	sortName: 'namn',
	sortCost: 'kostnad, lägst först',
	sortLeadTime: 'förberedelsetid, kortast först',
	sortParticipants: 'antal deltagare, flest först',
	expectedParticipants: 'Ungefär hur många ska delta?',
	clearFilters: 'Rensa filtren',
	filtersNeedScript:
		'Sökning och filter kräver JavaScript. Utan det visas alla metoder här intill.',
	questionTypeFilter: 'Frågetyp',
	noMethods: 'Inga metoder matchar filtren. Prova att ta bort något filter.',
	useInWizard: 'Använd metoden i guiden',
	backToLibrary: 'Till metodbiblioteket',
	promiseLevel: 'Trappsteg den kan leverera',
	methodRenamed:
		'Den här metoden hade förut id:t ”{old}”. Den har delats upp eller bytt namn och heter nu {name}.',
	methodRenamedLink: 'Metodens nya adress'
};

export type SiteDictionary = typeof siteSv;
