import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type ParentDepartmentFact,
  type RegisterDepartment,
  UnknownEntityError,
  departmentDecider,
  departmentStream,
} from '@dutyledger/domain';
import { type CommandResult, Ledger } from '@dutyledger/ledger';
import { RegisterDepartmentCommand } from './register-department.command';

@CommandHandler(RegisterDepartmentCommand)
export class RegisterDepartmentHandler implements ICommandHandler<RegisterDepartmentCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ departmentId, body, context }: RegisterDepartmentCommand): Promise<CommandResult> {
    return this.ledger.execute(
      departmentStream(departmentId),
      departmentId,
      departmentDecider,
      context,
      async (): Promise<RegisterDepartment> => ({
        type: 'RegisterDepartment',
        data: {
          departmentId,
          name: body.name,
          level: body.level,
          kind: body.kind,
          parent: body.parentId ? await this.parentFact(body.parentId) : null,
          industries: body.industries,
          supervisionAuthority: body.supervisionAuthority,
          effectiveFrom: body.effectiveFrom,
        },
      }),
    );
  }

  private async parentFact(parentId: string): Promise<ParentDepartmentFact> {
    const { state } = await this.ledger.load(departmentStream(parentId), departmentDecider);
    if (state.status !== 'REGISTERED') throw new UnknownEntityError('department', parentId);
    return {
      departmentId: parentId,
      level: state.level,
      kind: state.kind,
      registeredAt: state.registeredAt,
    };
  }
}
