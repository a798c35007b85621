import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type ReportAccident,
  UnknownEntityError,
  accidentDecider,
  accidentStream,
  departmentDecider,
  departmentStream,
} from '@dutyledger/domain';
import { type CommandResult, Ledger } from '@dutyledger/ledger';
import { ReportAccidentCommand } from './report-accident.command';

@CommandHandler(ReportAccidentCommand)
export class ReportAccidentHandler implements ICommandHandler<ReportAccidentCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ accidentId, body, context }: ReportAccidentCommand): Promise<CommandResult> {
    return this.ledger.execute(
      accidentStream(accidentId),
      accidentId,
      accidentDecider,
      context,
      async (): Promise<ReportAccident> => {
        await this.requireDepartment(body.departmentId);
        return {
          type: 'ReportAccident',
          data: {
            accidentId,
            departmentId: body.departmentId,
            industry: body.industry,
            occurredAt: body.occurredAt,
            description: body.description,
            deaths: body.deaths,
            seriousInjuries: body.seriousInjuries,
            directLossYuan: body.directLossYuan,
          },
        };
      },
    );
  }

  private async requireDepartment(departmentId: string): Promise<void> {
    const { state } = await this.ledger.load(departmentStream(departmentId), departmentDecider);
    if (state.status !== 'REGISTERED') throw new UnknownEntityError('department', departmentId);
  }
}
