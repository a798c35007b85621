import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type FileAppeal, caseStream } from '@dutyledger/domain';
import { ChildIds } from '@dutyledger/ledger';
import type { CommandResult } from '@dutyledger/ledger';
import { CaseLedger } from '../case-ledger';
import { FileAppealCommand } from './file-appeal.command';

@CommandHandler(FileAppealCommand)
export class FileAppealHandler implements ICommandHandler<FileAppealCommand> {
  constructor(
    private readonly cases: CaseLedger,
    private readonly childIds: ChildIds,
  ) {}

  execute({ caseId, appealId, body, context }: FileAppealCommand): Promise<CommandResult> {
    return this.cases.run(
      caseId,
      context,
      (): FileAppeal => ({
        type: 'FileAppeal',
        data: {
          caseId,
          appealId,
          cadreId: body.cadreId,
          grounds: body.grounds,
          occurredAt: body.occurredAt,
        },
      }),
      { beforeAppend: () => this.childIds.reserve(appealId, caseStream(caseId), context) },
    );
  }
}
