import { Injectable } from '@nestjs/common';
import {
  type CaseSubject,
  type CitedAccidentFact,
  type CitedFailureFact,
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
  postDecider,
  postStream,
} from '@dutyledger/domain';
import { Ledger } from '../platform/commands/ledger';

/** A cited failure, named by the duty it was recorded on. */
export interface FailureReference {
  dutyId: string;
  failureId: string;
}

type RecordedFailures = readonly CitedFailureFact[];

/** Folds a duty stream into its failures, exactly as FailureToPerformRecorded recorded them. */
const dutyFailures = {
  initialState: [] as RecordedFailures,
  evolve(failures: RecordedFailures, event: DutyEvent): RecordedFailures {
    if (event.type !== 'FailureToPerformRecorded') return failures;
    const { failureId, dutyId, postId, occurredAt, adverseEffect, responsibleCadreId } = event.data;
    return [
      ...failures,
      { failureId, dutyId, postId, occurredAt, adverseEffect, responsibleCadreId },
    ];
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

  async subject(cadreId: string, postId: string): Promise<CaseSubject> {
    const [cadre, post] = await Promise.all([
      this.ledger.load(cadreStream(cadreId), cadreDecider),
      this.ledger.load(postStream(postId), postDecider),
    ]);
    if (cadre.state.status !== 'REGISTERED') throw new UnknownEntityError('cadre', cadreId);
    if (post.state.status !== 'ESTABLISHED') throw new UnknownEntityError('post', postId);
    return { cadreId, postId };
  }

  async failure({ dutyId, failureId }: FailureReference): Promise<CitedFailureFact> {
    const { state, revision } = await this.ledger.load(dutyStream(dutyId), dutyFailures);
    if (revision === undefined) throw new UnknownEntityError('duty', dutyId);
    const failure = state.find((candidate) => candidate.failureId === failureId);
    if (failure === undefined) throw new UnknownEntityError('failure', failureId);
    return failure;
  }

  async accident(accidentId: string): Promise<CitedAccidentFact> {
    const { state } = await this.ledger.load(accidentStream(accidentId), accidentDecider);
    if (state.status !== 'REPORTED') throw new UnknownEntityError('accident', accidentId);
    return { accidentId, occurredAt: state.occurredAt, reported: true, grade: state.grade };
  }
}
