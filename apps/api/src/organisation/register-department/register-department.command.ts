import type { CommandContext } from '@dutyledger/ledger';
import type { RegisterDepartmentDto } from './register-department.dto';

export class RegisterDepartmentCommand {
  constructor(
    readonly departmentId: string,
    readonly body: RegisterDepartmentDto,
    readonly context: CommandContext,
  ) {}
}
