import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type FileAppeal, caseDecider, caseStream } from '@dutyledger/domain';
import type { CommandResult } from '../../platform/commands/command-result';
import { Ledger } from '../../platform/commands/ledger';
import { FileAppealCommand } from './file-appeal.command';

@CommandHandler(FileAppealCommand)
export class FileAppealHandler implements ICommandHandler<FileAppealCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ caseId, appealId, body, context }: FileAppealCommand): Promise<CommandResult> {
    return this.ledger.execute(
      caseStream(caseId),
      caseId,
      caseDecider,
      context,
      (): FileAppeal => ({
        type: 'FileAppeal',
        data: { caseId, appealId, cadreId: body.cadreId, grounds: body.grounds },
      }),
    );
  }
}
