import type { CommandContext } from '@dutyledger/ledger';
import type { AssignDutyDto } from './assign-duty.dto';

export class AssignDutyCommand {
  constructor(
    readonly dutyId: string,
    readonly body: AssignDutyDto,
    readonly context: CommandContext,
  ) {}
}
