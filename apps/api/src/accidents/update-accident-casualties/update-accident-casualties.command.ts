import type { CommandContext } from '@dutyledger/ledger';
import type { UpdateAccidentCasualtiesDto } from './update-accident-casualties.dto';

export class UpdateAccidentCasualtiesCommand {
  constructor(
    readonly accidentId: string,
    readonly body: UpdateAccidentCasualtiesDto,
    readonly context: CommandContext,
  ) {}
}
