import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type RecordDutyPerformance, dutyDecider, dutyStream } from '@dutyledger/domain';
import { type CommandResult, ChildIds, Ledger } from '@dutyledger/ledger';
import { RecordDutyPerformanceCommand } from './record-duty-performance.command';

/** Answers with the performance record's id; the revision is the duty stream's. */
@CommandHandler(RecordDutyPerformanceCommand)
export class RecordDutyPerformanceHandler implements ICommandHandler<RecordDutyPerformanceCommand> {
  constructor(
    private readonly ledger: Ledger,
    private readonly childIds: ChildIds,
  ) {}

  execute({
    dutyId,
    performanceId,
    body,
    context,
  }: RecordDutyPerformanceCommand): Promise<CommandResult> {
    return this.ledger.execute(
      dutyStream(dutyId),
      performanceId,
      dutyDecider,
      context,
      (): RecordDutyPerformance => ({
        type: 'RecordDutyPerformance',
        data: {
          dutyId,
          performanceId,
          period: body.period,
          performedAt: body.performedAt,
          evidence: body.evidence,
        },
      }),
      { beforeAppend: () => this.childIds.reserve(performanceId, dutyStream(dutyId), context) },
    );
  }
}
