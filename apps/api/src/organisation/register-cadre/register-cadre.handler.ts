import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type RegisterCadre,
  UnknownEntityError,
  cadreDecider,
  cadreStream,
  departmentDecider,
  departmentStream,
} from '@dutyledger/domain';
import {
  type CommandContext,
  type CommandResult,
  Ledger,
  type HolderStanding,
  Reservations,
} from '@dutyledger/ledger';
import type { StreamAppend } from '@dutyledger/event-store';
import { RegisterCadreCommand } from './register-cadre.command';

/** Personnel numbers are compared without regard to letter case: `rs-1` is `RS-1`. */
export const personnelNumberKey = (personnelNumber: string): string =>
  personnelNumber.toUpperCase();

@CommandHandler(RegisterCadreCommand)
export class RegisterCadreHandler implements ICommandHandler<RegisterCadreCommand> {
  constructor(
    private readonly ledger: Ledger,
    private readonly reservations: Reservations,
  ) {}

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
            occurredAt: body.occurredAt,
          },
        };
      },
      { beforeAppend: () => this.reserveNumber(cadreId, body.personnelNumber, context) },
    );
  }

  /** One cadre per personnel number, reserved before the cadre is registered. */
  private reserveNumber(
    cadreId: string,
    number: string,
    context: CommandContext,
  ): Promise<StreamAppend[]> {
    return this.reservations.reserve(
      {
        namespace: 'personnel-number',
        value: personnelNumberKey(number),
        holderId: cadreId,
        holderStream: cadreStream(cadreId),
        standingOf: async (_holder, holderStream): Promise<HolderStanding> => {
          const { state } = await this.ledger.load(holderStream, cadreDecider);
          return state.status === 'REGISTERED' &&
            personnelNumberKey(state.personnelNumber) === personnelNumberKey(number)
            ? 'HOLDS'
            : 'ABSENT';
        },
      },
      context,
    );
  }

  private async requireDepartment(departmentId: string): Promise<void> {
    const { state } = await this.ledger.load(departmentStream(departmentId), departmentDecider);
    if (state.status !== 'REGISTERED') throw new UnknownEntityError('department', departmentId);
  }
}
