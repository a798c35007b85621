import type { CommandContext } from '@dutyledger/ledger';
import type { AmendDutyDto } from './amend-duty.dto';

export class AmendDutyCommand {
  constructor(
    readonly dutyId: string,
    readonly body: AmendDutyDto,
    readonly context: CommandContext,
  ) {}
}
