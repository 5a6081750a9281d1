/**
 * The runes bridge to an XState actor: a reactive snapshot and `send`. Components read the snapshot and send
 * events; they keep no wizard state of their own. Call `stop` when the owner is destroyed.
 */
import { createActor, type ActorOptions, type AnyActorLogic, type SnapshotFrom } from 'xstate';

export function useActor<Logic extends AnyActorLogic>(logic: Logic, options?: ActorOptions<Logic>) {
	const actor = createActor(logic, options);
	let snapshot: SnapshotFrom<Logic> = $state.raw(actor.getSnapshot());
	const subscription = actor.subscribe((next) => (snapshot = next));
	actor.start();
	return {
		get snapshot() {
			return snapshot;
		},
		send: actor.send,
		actor,
		stop() {
			subscription.unsubscribe();
			actor.stop();
		}
	};
}
