import type { CommandContext } from '@dutyledger/ledger';
import type { ServeHearingNoticeDto } from './serve-hearing-notice.dto';

export class ServeHearingNoticeCommand {
  constructor(
    readonly caseId: string,
    readonly body: ServeHearingNoticeDto,
    readonly context: CommandContext,
  ) {}
}
