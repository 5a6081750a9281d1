/** What only the site says, in English (site.sv.ts). */
import type { SiteDictionary } from './site.sv.ts';

export const siteEn: SiteDictionary = {
	navEmbed: 'Embed on the intranet',
	navAccessibility: 'Accessibility statement',
	openFullPage: 'Open full page',
	openFullPageLink: 'Open Delaktighetskarta full page',
	frameTitle: 'Delaktighetskarta – choose a citizen-dialogue method',
	copyCode: 'Copy the code',
	codeCopied: 'The code has been copied.',
	copyCodeFailed: 'Could not copy. Select the code and copy it yourself.',
	themeAccent: 'Accent colour',
	themeFont: 'Font',
	themeFontPage: 'The page’s own',
	themeNotUsed: 'Not used:',
	themeTokens: 'The custom element takes the same values as CSS variables:',
	themeFontSystem: 'default: the system font',
	themePreview: 'Preview',
	planIntro:
		'The dialogue plan builds on the answers and the methods above. Every field holds a suggestion you can write over; what you write replaces it. The text stays on this computer and is not part of the link – save the plan as a file to take it with you.',
	planDecisionDate: 'Date of the committee’s decision',
	planMeetingDates: 'The committee’s meetings',
	planMeetingDatesHelp: 'One date a line, for example 2027-03-18. The timeline follows them.',
	planRestore: 'Restore the suggestion',
	draftsHeading: 'Your drafts on this computer',
	draftsPrivacy:
		'Dialogue plans you write are kept as drafts in this browser (localStorage), on this computer only, so that nothing is lost if the tab closes. Nothing is sent anywhere. Clear the drafts when you are done, especially on a shared computer.',
	draftsMemoryOnly:
		'This browser does not allow drafts to be kept, so the plan lasts only while the page is open. Save it as a file.',
	draftsClear: 'Clear all drafts',
	draftsCleared: 'The drafts are removed from this computer.',
	draftSavedAt: 'saved {date}',
	timelineWarnings: 'To look at in the timeline',
	timelineCaption: 'Timeline, worked back from the decision on {date}',
	timelineHeading: 'Timeline',
	timelineNoDate:
		'Enter the committee’s decision date in the dialogue plan and the timeline is worked back from it.',
	siteName: 'Delaktighetskarta',
	tagline:
		'Choose the right method for citizen dialogue – with reasons, warnings and a plan for the process.',
	skipToContent: 'Skip to content',
	footer: 'Open source. No cookies, no tracking and no requests to other websites.',
	leadTime: 'Preparation time',
	navWizard: 'Choose a method',
	navLibrary: 'Methods',
	navLadder: 'The participation ladder',
	navLabel: 'Main menu',
	libraryHeading: 'The method library',
	libraryIntro:
		'Every method in the catalogue. Filter by ladder step, stage, target group and more – the filters go into the address, so you can share the list.',
	resultCount: '{count} of {total} methods',
	sortBy: 'Sort by',
	sortName: 'name',
	sortCost: 'cost, lowest first',
	sortLeadTime: 'preparation time, shortest first',
	sortParticipants: 'number of participants, most first',
	expectedParticipants: 'About how many people will take part?',
	clearFilters: 'Clear the filters',
	filtersNeedScript:
		'Search and filters need JavaScript. Without it, every method is listed alongside.',
	questionTypeFilter: 'Question type',
	noMethods: 'No methods match the filters. Try removing one.',
	useInWizard: 'Use this method in the wizard',
	backToLibrary: 'To the method library',
	promiseLevel: 'Ladder steps it can deliver',
	methodRenamed:
		'This method used to have the id “{old}”. It has been split or renamed and is now called {name}.',
	methodRenamedLink: 'The method’s new address'
};
