import type { WizardMethod, Target } from '../catalog/types.ts';

/** Does a rule's target (one selector) pick this method? */
export function targets(target: Target, method: WizardMethod): boolean {
	if (target.methods) return target.methods.includes(method.id);
	if (target.trait) return method.traits.includes(target.trait);
	if (target.reaches) return method.groups.reaches.includes(target.reaches);
	if (target.misses) return method.groups.misses.includes(target.misses);
	if (target.serves) return method.levels.includes(target.serves);
	if (target.servesNot) return !method.levels.includes(target.servesNot);
	if (target.lacksScope) return !method.scopes.includes(target.lacksScope);
	if (target.cost) return method.cost === target.cost;
	if (target.continuity) return method.continuity.includes(target.continuity);
	return false;
}
