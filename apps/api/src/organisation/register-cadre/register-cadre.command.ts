import type { CommandContext } from '../../platform/commands/command-context';
import type { RegisterCadreDto } from './register-cadre.dto';

export class RegisterCadreCommand {
  constructor(
    readonly cadreId: string,
    readonly body: RegisterCadreDto,
    readonly context: CommandContext,
  ) {}
}
