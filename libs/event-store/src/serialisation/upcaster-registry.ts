import type { RecordedEvent } from '../port/envelope';

/**
 * Turns the data of one schema version of an event type into the data of the next version. The
 * stored event is lent too: a new field may be filled from its envelope (e.g. the actor).
 */
export type Upcaster = (
  data: Record<string, unknown>,
  stored: RecordedEvent,
) => Record<string, unknown>;

/**
 * Knows the latest schema version of every event type and how to lift each older version one
 * step. Reading through it, any stored version is seen as the latest; what is stored never changes.
 */
export class UpcasterRegistry {
  private readonly latest = new Map<string, number>();
  private readonly steps = new Map<string, Upcaster>();

  /** Declares the current schema version of a type (types never declared are passed through). */
  declare(type: string, latestVersion: number): this {
    this.latest.set(type, latestVersion);
    return this;
  }

  /** Registers the step from `fromVersion` to `fromVersion + 1`. */
  register(type: string, fromVersion: number, upcast: Upcaster): this {
    this.steps.set(`${type}@${fromVersion}`, upcast);
    const known = this.latest.get(type) ?? 0;
    if (known < fromVersion + 1) this.latest.set(type, fromVersion + 1);
    return this;
  }

  latestVersion(type: string): number | undefined {
    return this.latest.get(type);
  }

  /** The event as its latest schema version, or an error naming the missing step. */
  upcast<E extends RecordedEvent>(event: E): E {
    const target = this.latest.get(event.type);
    if (target === undefined || event.schemaVersion === target) return event;
    if (event.schemaVersion > target) {
      throw new Error(
        `${event.type} v${event.schemaVersion} is newer than this build knows (v${target})`,
      );
    }
    let data = event.data;
    for (let version = event.schemaVersion; version < target; version++) {
      const step = this.steps.get(`${event.type}@${version}`);
      if (!step)
        throw new Error(`No upcaster for ${event.type} from v${version} to v${version + 1}`);
      data = step(data, event);
    }
    return { ...event, data, schemaVersion: target };
  }
}
