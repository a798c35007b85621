import type { RecordedEvent } from '@dutyledger/event-store';

/** The actor who appended a stored event: who recorded a finding, decided a case or an appeal. */
export const actorOf = (stored: RecordedEvent): string | null => stored.metadata.actor.id || null;
