import type { CommandContext } from '@dutyledger/ledger';
import type { RegisterCadreDto } from './register-cadre.dto';

export class RegisterCadreCommand {
  constructor(
    readonly cadreId: string,
    readonly body: RegisterCadreDto,
    readonly context: CommandContext,
  ) {}
}
