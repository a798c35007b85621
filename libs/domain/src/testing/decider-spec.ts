import type { Command, Decider, DecisionContext, DomainEvent } from '../shared/decider';
import { fold } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { DEFAULT_TIME_ZONE, calendarFor } from '../shared/jurisdiction-calendar';

/** A decision at `iso` in the jurisdiction of `timeZone` (Beijing time unless said). */
export function decidedAt(iso: string, timeZone: string = DEFAULT_TIME_ZONE): DecisionContext {
  return { now: new Date(iso), calendar: calendarFor(timeZone) };
}

/** What `act` throws (undefined when it returns): for rules checked outside a decider. */
export function rejectionOf(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  return undefined;
}

/**
 * Given/when/then specifications for deciders:
 *   spec(decider).given([events]).when(command).then([events])
 *   spec(decider).given([events]).when(command).thenRejects('RULE_CODE')
 *   spec(decider).given([events]).when(command).thenRejects('RULE_CODE', /what the message says/)
 */
export function spec<C extends Command, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
  context: DecisionContext = decidedAt('2026-01-15T09:00:00.000Z'),
) {
  return {
    given(events: readonly E[]) {
      return {
        when(command: C) {
          const run = (): E[] => decider.decide(command, fold(decider, events), context);
          return {
            then(expected: readonly E[]): void {
              expect(run()).toEqual(expected);
            },
            thenRejects(code: string, message?: RegExp | string): void {
              const caught = rejectionOf(run);
              expect(caught).toBeInstanceOf(DomainError);
              expect((caught as DomainError).code).toBe(code);
              if (message !== undefined) expect((caught as DomainError).message).toMatch(message);
            },
          };
        },
      };
    },
  };
}
