import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { NEW_ID, type NewId } from '@dutyledger/wiring';
import { RegisterDepartmentCommand } from './register-department.command';
import { RegisterDepartmentDto } from './register-department.dto';

@ApiTags('organisation')
@Controller('departments')
export class RegisterDepartmentController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(NEW_ID) private readonly newId: NewId,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('ADMIN')
  @ApiOperation({
    summary: 'Register a department (a people’s government or a working department)',
  })
  @CommandEndpoint()
  register(
    @Body() body: RegisterDepartmentDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    const departmentId = body.departmentId ?? this.newId();
    return this.commands.execute(new RegisterDepartmentCommand(departmentId, body, context));
  }
}
