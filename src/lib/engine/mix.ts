/**
 * The mix: what a municipality would actually run. One or two lead methods carry the promise in the stage where the
 * decision is shaped; supporting methods, which may work at lower steps, are added until every chosen group is
 * reached (rule 18) – a group the broad channels do not reach by a method aimed at it, as Swedish processes run a
 * track for each such group beside the open meetings – and for anything a fired rule requires (a child-appropriate
 * method, consultation with the national minorities). The process adds the channels it informs and reports back
 * through (process.ts).
 */
import { GROUP_IDS, LEVEL_IDS } from '../catalog/ids.ts';
import type { GroupId, Guarantee, WizardCatalog, WizardRule } from '../catalog/types.ts';
import { rank, type Ranking, type ScoredMethod } from './rank.ts';
import { targets } from './targets.ts';

export type MixRole = 'lead' | 'supporting';

/** Why a method is in the mix. */
export type MixReason =
	| { kind: 'lead' }
	/** It reaches chosen groups the others do not. */
	| { kind: 'reaches'; groups: GroupId[] }
	/** It reaches every resident, and all residents were chosen. */
	| { kind: 'broad' }
	/** A fired rule requires one of its kind. */
	| { kind: 'ensured'; rule: WizardRule; guarantee: Guarantee }
	/** A process step uses it (to inform, to report back, or because the step names it). */
	| { kind: 'step'; step: string };

export interface MixMember {
	entry: ScoredMethod;
	role: MixRole;
	reason: MixReason;
}

export interface Mix {
	members: MixMember[];
	/** Chosen groups that no method of the catalogue could reach within the plan (rule 18 says so). */
	unreached: GroupId[];
}

const bit = (group: GroupId) => 1 << GROUP_IDS.indexOf(group);
const directReach = (entry: ScoredMethod) =>
	entry.method.groups.reaches.reduce((bits, group) => bits | bit(group), 0);

/** Can the method take part without promising more than the plan does? */
export function withinPromise(entry: ScoredMethod, ranking: Ranking): boolean {
	const promise = LEVEL_IDS.indexOf(ranking.effectiveLevel);
	return entry.method.levels.some((level) => LEVEL_IDS.indexOf(level) <= promise);
}

/** A method that may support the plan: it reaches a chosen group, fits the time and means, and keeps within the promise. */
export function canSupport(entry: ScoredMethod, ranking: Ranking): boolean {
	return (entry.tier === 'carries' || entry.tier === 'supports') && withinPromise(entry, ranking);
}

export function composeMix(catalog: WizardCatalog, ranking: Ranking): Mix {
	const { answers } = ranking;
	const members: MixMember[] = [];
	const has = (entry: ScoredMethod) => members.some((member) => member.entry === entry);
	const add = (entry: ScoredMethod, role: MixRole, reason: MixReason) =>
		members.push({ entry, role, reason });
	const wanted = answers.groups.reduce((bits, group) => bits | bit(group), 0);
	/**
	 * Chosen groups that get a method aimed at them (groups.yaml `general`): a broad channel, or a lead that reaches
	 * several of them at once, does not stand in for them – Swedish processes give each such group a track of its own.
	 */
	const ownTrack = catalog.groups.reduce(
		(bits, group) => (group.general ? bits : bits | bit(group.id)),
		0
	);
	const broad = bit('alla');
	/** The chosen groups a member counts for. */
	const countsFor = (entry: ScoredMethod, role: MixRole) => {
		const reach = directReach(entry) & wanted;
		const tracks = reach & ownTrack;
		const standsIn = !(reach & broad) && (role === 'supporting' || countBits(tracks) <= 1);
		return standsIn ? reach : reach & ~ownTrack;
	};
	let covered = 0;

	// The lead: the best method that carries the plan, suiting the stage where the decision is shaped if one does.
	const carriers = ranking.recommended;
	const suitsStage = (entry: ScoredMethod) => entry.shares.stageSteps === 0;
	const lead = carriers.find(suitsStage) ?? carriers[0];
	if (lead) {
		add(lead, 'lead', { kind: 'lead' });
		covered |= countsFor(lead, 'lead');
		// A second lead when a good one suits the stage too and reaches chosen groups the first does not.
		const second = carriers.find(
			(entry) =>
				entry !== lead &&
				suitsStage(entry) &&
				entry.score >= catalog.scoring.thresholds.good &&
				(directReach(entry) & wanted & ~directReach(lead)) !== 0
		);
		if (second) {
			add(second, 'lead', { kind: 'lead' });
			covered |= countsFor(second, 'lead');
		}
	}

	// Every chosen group reached by at least one method: the groups with tracks of their own first, each by the method
	// that fits it best, then the broad groups by the method that reaches the most of what is still missing (best
	// first among equals). All residents need a channel that reaches every resident.
	const unreached: GroupId[] = [];
	if (ranking.fired.some((rule) => rule.then.coverGroups)) {
		// Where the promise is more than information, methods people can take part in come before channels that
		// only inform: a broad channel means a survey or a map, not only a letter.
		const promise = LEVEL_IDS.indexOf(ranking.effectiveLevel);
		const participates = (entry: ScoredMethod) =>
			promise === 0 || entry.method.levels.some((level) => LEVEL_IDS.indexOf(level) > 0);
		const supporters = ranking.scored.filter((entry) => canSupport(entry, ranking));
		const pool = [
			...supporters.filter(participates),
			...supporters.filter((entry) => !participates(entry))
		];
		const order = [
			...GROUP_IDS.filter((group) => ownTrack & bit(group)),
			...GROUP_IDS.filter((group) => !(ownTrack & bit(group)))
		];
		for (const group of order) {
			if (!(wanted & bit(group)) || covered & bit(group)) continue;
			let chosen: ScoredMethod | undefined;
			if (ownTrack & bit(group)) {
				// A group's own track: the method that would fit best were the plan for that group alone – a business
				// breakfast for businesses, not the place method that also reaches them – taking part before being told.
				const alone =
					answers.groups.length === 1 ? ranking : rank(catalog, { ...answers, groups: [group] });
				const place = new Map(alone.scored.map((entry, index) => [entry.method.id, index]));
				chosen = pool
					.filter((entry) => !has(entry) && countsFor(entry, 'supporting') & bit(group))
					.sort(
						(a, b) =>
							Number(participates(b)) - Number(participates(a)) ||
							place.get(a.method.id)! - place.get(b.method.id)!
					)[0];
			} else {
				let gain = 0;
				for (const entry of pool) {
					const counts = countsFor(entry, 'supporting');
					if (has(entry) || !(counts & bit(group))) continue;
					const adds = countBits(counts & ~covered);
					if (adds > gain) [chosen, gain] = [entry, adds];
				}
			}
			if (!chosen) {
				// Nothing aimed at the group: a member that reaches it among others is better than none.
				if (!members.some((member) => directReach(member.entry) & bit(group)))
					unreached.push(group);
				continue;
			}
			const groups = GROUP_IDS.filter((id) => countsFor(chosen, 'supporting') & ~covered & bit(id));
			add(
				chosen,
				'supporting',
				group === 'alla' && groups.length === 1 ? { kind: 'broad' } : { kind: 'reaches', groups }
			);
			covered |= countsFor(chosen, 'supporting');
		}
	}

	// What a fired rule requires (`ensure`): the best method of that kind that may support the plan, or failing that
	// the best of that kind within the promise – a right (children's, the minorities') is not dropped for want of a
	// good fit, but the promise is not broken for it either.
	for (const rule of ranking.fired) {
		for (const guarantee of rule.then.ensure ?? []) {
			if (members.some((member) => targets(guarantee.target, member.entry.method))) continue;
			const ofKind = ranking.scored.filter((entry) => targets(guarantee.target, entry.method));
			const chosen =
				ofKind.find((entry) => canSupport(entry, ranking)) ??
				ofKind.find((entry) => withinPromise(entry, ranking));
			if (chosen) add(chosen, 'supporting', { kind: 'ensured', rule, guarantee });
		}
	}
	return { members, unreached };
}

function countBits(bits: number): number {
	let count = 0;
	for (let rest = bits; rest; rest &= rest - 1) count++;
	return count;
}
