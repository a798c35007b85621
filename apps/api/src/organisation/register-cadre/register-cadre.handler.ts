import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type RegisterCadre,
  UnknownEntityError,
  cadreDecider,
  cadreStream,
  departmentDecider,
  departmentStream,
} from '@dutyledger/domain';
import type { CommandResult } from '../../platform/commands/command-result';
import { Ledger } from '../../platform/commands/ledger';
import { RegisterCadreCommand } from './register-cadre.command';

@CommandHandler(RegisterCadreCommand)
export class RegisterCadreHandler implements ICommandHandler<RegisterCadreCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ cadreId, body, context }: RegisterCadreCommand): Promise<CommandResult> {
    return this.ledger.execute(
      cadreStream(cadreId),
      cadreId,
      cadreDecider,
      context,
      async (): Promise<RegisterCadre> => {
        await this.requireDepartment(body.managingDepartmentId);
        return {
          type: 'RegisterCadre',
          data: {
            cadreId,
            name: body.name,
            personnelNumber: body.personnelNumber,
            managingDepartmentId: body.managingDepartmentId,
          },
        };
      },
    );
  }

  private async requireDepartment(departmentId: string): Promise<void> {
    const { state } = await this.ledger.load(departmentStream(departmentId), departmentDecider);
    if (state.status !== 'REGISTERED') throw new UnknownEntityError('department', departmentId);
  }
}
