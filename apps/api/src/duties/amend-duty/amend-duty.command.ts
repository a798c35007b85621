import type { CommandContext } from '../../platform/commands/command-context';
import type { AmendDutyDto } from './amend-duty.dto';

export class AmendDutyCommand {
  constructor(
    readonly dutyId: string,
    readonly body: AmendDutyDto,
    readonly context: CommandContext,
  ) {}
}
