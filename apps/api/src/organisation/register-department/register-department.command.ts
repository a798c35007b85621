import type { CommandContext } from '../../platform/commands/command-context';
import type { RegisterDepartmentDto } from './register-department.dto';

export class RegisterDepartmentCommand {
  constructor(
    readonly departmentId: string,
    readonly body: RegisterDepartmentDto,
    readonly context: CommandContext,
  ) {}
}
