import { randomUUID } from 'node:crypto';
import type { EventStore } from '@dutyledger/event-store';
import { UpcasterRegistry } from '@dutyledger/event-store';
import { EVENT_STORE } from '@dutyledger/wiring';
import type { RunningApp } from '../support/running-app';

export interface StoredOptions {
  /** When the store recorded it; its business time by default. */
  recordedAt?: string;
  actor?: { id: string; role: string };
  /** The schema version stored: the current one by default, 1 for an event of an older shape. */
  schemaVersion?: number;
}

/**
 * Stored events for read-side suites: facts appended to the app's event store in the shapes the
 * command side stores (or stored in earlier versions), so that the read models and their routes
 * are tested on exactly the events they must read, whatever the commands now accept.
 */
export class StoredWorld {
  private readonly store: EventStore;
  private readonly upcasters: UpcasterRegistry;
  private last = 0n;

  constructor(private readonly running: RunningApp) {
    this.store = running.app.get<EventStore>(EVENT_STORE);
    this.upcasters = running.app.get(UpcasterRegistry);
  }

  /** Appends one event (its business time is `data.occurredAt`) and answers its id. */
  async record(
    stream: string,
    type: string,
    data: Record<string, unknown> & { occurredAt: string },
    options: StoredOptions = {},
  ): Promise<string> {
    const id = randomUUID();
    const causation = randomUUID();
    const result = await this.store.append(
      stream,
      [
        {
          id,
          type,
          schemaVersion: options.schemaVersion ?? this.upcasters.latestVersion(type) ?? 1,
          data,
          metadata: {
            actor: options.actor ?? { id: 'caseworker-1', role: 'CASEWORKER' },
            correlationId: causation,
            causationId: causation,
            occurredAt: data.occurredAt,
            recordedAt: options.recordedAt ?? data.occurredAt,
          },
        },
      ],
      'any',
    );
    this.last = result.position;
    return id;
  }

  /** Resolves once the projections have applied everything recorded so far. */
  projected(): Promise<void> {
    return this.running.projected(String(this.last));
  }
}
