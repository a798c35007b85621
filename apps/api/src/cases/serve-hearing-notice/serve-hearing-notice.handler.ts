import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ServeHearingNotice } from '@dutyledger/domain';
import type { CommandResult } from '@dutyledger/ledger';
import { CaseLedger } from '../case-ledger';
import { ServeHearingNoticeCommand } from './serve-hearing-notice.command';

@CommandHandler(ServeHearingNoticeCommand)
export class ServeHearingNoticeHandler implements ICommandHandler<ServeHearingNoticeCommand> {
  constructor(private readonly cases: CaseLedger) {}

  execute({ caseId, body, context }: ServeHearingNoticeCommand): Promise<CommandResult> {
    return this.cases.run(caseId, context, (): ServeHearingNotice => ({
      type: 'ServeHearingNotice',
      data: { caseId, cadreId: body.cadreId, occurredAt: body.occurredAt },
    }));
  }
}
