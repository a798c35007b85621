import type { DomainEvent, DutyLedgerEvent } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';

/** Everything a store keeps around an event's type and data. */
export type StoredEnvelope = Omit<RecordedEvent, 'type' | 'data'>;

/**
 * A stored event as the codec gives it back: the envelope with a typed domain event, told apart by
 * `type` (narrowing `type` narrows `data`).
 */
export type Recorded<E extends DomainEvent = DutyLedgerEvent> = StoredEnvelope & E;
