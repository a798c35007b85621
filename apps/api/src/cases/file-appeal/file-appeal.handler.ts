import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { FileAppeal } from '@dutyledger/domain';
import type { CommandResult } from '@dutyledger/ledger';
import { CaseLedger } from '../case-ledger';
import { FileAppealCommand } from './file-appeal.command';

@CommandHandler(FileAppealCommand)
export class FileAppealHandler implements ICommandHandler<FileAppealCommand> {
  constructor(private readonly cases: CaseLedger) {}

  execute({ caseId, appealId, body, context }: FileAppealCommand): Promise<CommandResult> {
    return this.cases.runForChild(caseId, appealId, context, (): FileAppeal => ({
      type: 'FileAppeal',
      data: {
        caseId,
        appealId,
        cadreId: body.cadreId,
        grounds: body.grounds,
        occurredAt: body.occurredAt,
      },
    }));
  }
}
