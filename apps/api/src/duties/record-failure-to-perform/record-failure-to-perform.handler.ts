import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type DutyState,
  type JurisdictionCalendar,
  type PostHolding,
  type RecordFailureToPerform,
  UnknownEntityError,
  dutyDecider,
  dutyStream,
  holderAt,
  postDecider,
  postStream,
} from '@dutyledger/domain';
import { CALENDAR } from '@dutyledger/wiring';
import { ChildIds, type CommandResult, Ledger } from '@dutyledger/ledger';
import { RecordFailureToPerformCommand } from './record-failure-to-perform.command';

/** Answers with the failure's id (what accountability cases cite); the revision is the duty's. */
@CommandHandler(RecordFailureToPerformCommand)
export class RecordFailureToPerformHandler implements ICommandHandler<RecordFailureToPerformCommand> {
  constructor(
    private readonly ledger: Ledger,
    private readonly childIds: ChildIds,
    @Inject(CALENDAR) private readonly calendar: JurisdictionCalendar,
  ) {}

  execute({
    dutyId,
    failureId,
    body,
    context,
  }: RecordFailureToPerformCommand): Promise<CommandResult> {
    return this.ledger.execute(
      dutyStream(dutyId),
      failureId,
      dutyDecider,
      context,
      async (duty): Promise<RecordFailureToPerform> => ({
        type: 'RecordFailureToPerform',
        data: {
          dutyId,
          failureId,
          occurredAt: body.occurredAt,
          kind: body.kind,
          otherKind: body.otherKind ?? null,
          safetyImpact: body.safetyImpact ?? null,
          description: body.description,
          evidence: body.evidence,
          adverseEffect: body.adverseEffect,
          responsible: await this.responsibleAt(duty, dutyId, body.occurredAt),
        },
      }),
      { beforeAppend: () => this.childIds.reserve(failureId, dutyStream(dutyId), context) },
    );
  }

  /** Who held the duty's post when the failure happened (in the jurisdiction's calendar). */
  private async responsibleAt(duty: DutyState, dutyId: string, at: string): Promise<PostHolding> {
    if (duty.status === 'UNASSIGNED') throw new UnknownEntityError('duty', dutyId);
    const { state: post } = await this.ledger.load(postStream(duty.postId), postDecider);
    return holderAt(post, this.calendar.businessTime(at));
  }
}
