import { Injectable } from '@nestjs/common';
import {
  DUTY_EVENT_TYPES,
  type CaseSubjectFact,
  type CitedAccidentFact,
  type CitedFailureFact,
  type DutyCategory,
  type DutyEvent,
  type OpeningDepartmentFact,
  UnknownEntityError,
  accidentDecider,
  accidentStream,
  cadreDecider,
  cadreStream,
  departmentDecider,
  departmentStream,
  dutyStream,
  holderAt,
  isWorkSafetyFailure,
  postDecider,
  postStream,
} from '@dutyledger/domain';
import { Ledger } from '@dutyledger/ledger';

/** A cited failure, named by the duty it was recorded on. */
export interface FailureReference {
  dutyId: string;
  failureId: string;
}

interface RecordedFailures {
  readonly category: DutyCategory | null;
  readonly failures: readonly (Omit<CitedFailureFact, 'workSafety'> & { safetyImpact: boolean })[];
}

/** Folds a duty stream into its category and failures, exactly as they were recorded. */
const dutyFailures = {
  initialState: { category: null, failures: [] } as RecordedFailures,
  eventTypes: DUTY_EVENT_TYPES,
  evolve(state: RecordedFailures, event: DutyEvent): RecordedFailures {
    if (event.type === 'DutyAssigned') return { ...state, category: event.data.category };
    if (event.type !== 'FailureToPerformRecorded') return state;
    const { failureId, dutyId, postId, occurredAt, adverseEffect, responsibleCadreId } = event.data;
    const { safetyImpact } = event.data;
    const failure = {
      failureId,
      dutyId,
      postId,
      occurredAt,
      adverseEffect,
      responsibleCadreId,
      safetyImpact,
    };
    return { ...state, failures: [...state.failures, failure] };
  },
};

/**
 * Reads the facts a case's rules are checked against from the other aggregates' streams, so
 * that the case decider stays pure. An id that names nothing answers UnknownEntityError (404).
 */
@Injectable()
export class CaseFactsResolver {
  constructor(private readonly ledger: Ledger) {}

  async openingDepartment(departmentId: string): Promise<OpeningDepartmentFact> {
    const { state } = await this.ledger.load(departmentStream(departmentId), departmentDecider);
    if (state.status !== 'REGISTERED') throw new UnknownEntityError('department', departmentId);
    return { departmentId, supervisionAuthority: state.supervisionAuthority };
  }

  /** The subject, and who held the named post when the case's accident happened, if it has one. */
  async subject(
    cadreId: string,
    postId: string,
    accidentAt: string | null,
  ): Promise<CaseSubjectFact> {
    const [cadre, post] = await Promise.all([
      this.ledger.load(cadreStream(cadreId), cadreDecider),
      this.ledger.load(postStream(postId), postDecider),
    ]);
    if (cadre.state.status !== 'REGISTERED') throw new UnknownEntityError('cadre', cadreId);
    if (post.state.status !== 'ESTABLISHED') throw new UnknownEntityError('post', postId);
    if (accidentAt === null) return { cadreId, postId };
    const holding = holderAt(post.state, accidentAt);
    return { cadreId, postId, holderAtAccident: 'cadreId' in holding ? holding.cadreId : null };
  }

  async failure({ dutyId, failureId }: FailureReference): Promise<CitedFailureFact> {
    const { state, revision } = await this.ledger.load(dutyStream(dutyId), dutyFailures);
    if (revision === undefined || state.category === null) {
      throw new UnknownEntityError('duty', dutyId);
    }
    const found = state.failures.find((candidate) => candidate.failureId === failureId);
    if (found === undefined) throw new UnknownEntityError('failure', failureId);
    const { safetyImpact, ...failure } = found;
    return { ...failure, workSafety: isWorkSafetyFailure(state.category, safetyImpact) };
  }

  async accident(accidentId: string): Promise<CitedAccidentFact> {
    const { state } = await this.ledger.load(accidentStream(accidentId), accidentDecider);
    if (state.status !== 'REPORTED') throw new UnknownEntityError('accident', accidentId);
    return { accidentId, occurredAt: state.occurredAt, reported: true, grade: state.grade };
  }
}
