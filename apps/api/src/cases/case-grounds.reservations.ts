import { Inject, Injectable } from '@nestjs/common';
import { type CaseDecider, type CaseEvent, type CaseState, caseStream } from '@dutyledger/domain';
import { type CommandContext, Ledger, type HolderStanding, Reservations } from '@dutyledger/ledger';
import type { StreamAppend } from '@dutyledger/event-store';
import { CASE_DECIDER } from './case-decider.provider';

/**
 * One open case per subject and ground (docs/domain.md, "Case lifecycle"): each pair of a cited
 * failure or accident and a subject is reserved for the case while it is open. A closed case lets
 * its grounds go; reopening takes them back, unless another open case has them.
 */
@Injectable()
export class CaseGroundsReservations {
  constructor(
    private readonly ledger: Ledger,
    private readonly reservations: Reservations,
    @Inject(CASE_DECIDER) private readonly decider: CaseDecider,
  ) {}

  /**
   * The appends reserving the grounds of the case as it stands once `events` are applied to
   * `before`, to be written with the case's events.
   */
  async reserve(
    caseId: string,
    before: CaseState,
    events: readonly CaseEvent[],
    context: CommandContext,
  ): Promise<StreamAppend[]> {
    const state = events.reduce((folded, event) => this.decider.evolve(folded, event), before);
    if (state.status === 'NOT_OPENED') return [];
    const grounds = [
      ...state.grounds.failures.map((failure) => failure.failureId),
      ...(state.grounds.accident === null ? [] : [state.grounds.accident.accidentId]),
    ];
    const pairs = grounds.flatMap((ground) =>
      state.subjects.map((subject) => `${ground}.${subject.cadreId}`),
    );
    return this.reservations.reserveAll(
      pairs.map((value) => ({
        namespace: 'case-grounds' as const,
        value,
        holderId: caseId,
        holderStream: caseStream(caseId),
        standingOf: (_holder, holderStream) => this.standingOf(holderStream),
      })),
      context,
    );
  }

  private async standingOf(holderStream: string): Promise<HolderStanding> {
    const { state } = await this.ledger.load(holderStream, this.decider);
    if (state.status === 'NOT_OPENED') return 'ABSENT';
    return state.status === 'CLOSED' ? 'RELEASED' : 'HOLDS';
  }
}
