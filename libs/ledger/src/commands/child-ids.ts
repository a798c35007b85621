import { caseDecider, dutyDecider } from '@dutyledger/domain';
import type { StreamAppend } from '@dutyledger/event-store';
import type { CommandContext } from './command-context';
import { Ledger } from './ledger';
import { Reservations } from './reservations';

/**
 * Ids chosen by callers for children (failures, performances, evidence, sanctions, appeals) belong
 * to one parent only (docs/domain.md, "Identity"): each is reserved for its parent's stream before
 * the parent records it, so reusing one under another parent is refused, naming that parent.
 */
export class ChildIds {
  constructor(
    private readonly ledger: Ledger,
    private readonly reservations: Reservations,
  ) {}

  /** The append reserving the id for the parent, to be written with the parent's events. */
  reserve(childId: string, parentStream: string, context: CommandContext): Promise<StreamAppend[]> {
    return this.reservations.reserve(
      {
        namespace: 'child-id',
        value: childId,
        holderId: parentStream,
        holderStream: parentStream,
        standingOf: async (_holder, holderStream) =>
          (await this.holds(holderStream, childId)) ? 'HOLDS' : 'ABSENT',
      },
      context,
    );
  }

  /** Does the parent stream record the child? */
  private async holds(parentStream: string, childId: string): Promise<boolean> {
    if (parentStream.startsWith('duty-')) {
      const { state } = await this.ledger.load(parentStream, dutyDecider);
      if (state.status === 'UNASSIGNED') return false;
      return state.failureIds.includes(childId) || state.performanceIds.includes(childId);
    }
    if (parentStream.startsWith('case-')) {
      const { state } = await this.ledger.load(parentStream, caseDecider);
      if (state.status === 'NOT_OPENED') return false;
      return [
        ...state.evidence.map((item) => item.evidenceId),
        ...[...state.sanctions, ...state.endedSanctions].map((item) => item.sanctionId),
        ...state.appeals.map((item) => item.appealId),
      ].includes(childId);
    }
    return false;
  }
}
