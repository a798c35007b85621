import type { CommandContext } from '@dutyledger/ledger';
import type { RevokeDutyDto } from './revoke-duty.dto';

export class RevokeDutyCommand {
  constructor(
    readonly dutyId: string,
    readonly body: RevokeDutyDto,
    readonly context: CommandContext,
  ) {}
}
