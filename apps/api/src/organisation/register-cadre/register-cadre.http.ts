import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { NEW_ID, type NewId } from '@dutyledger/wiring';
import { RegisterCadreCommand } from './register-cadre.command';
import { RegisterCadreDto } from './register-cadre.dto';

@ApiTags('organisation')
@Controller('cadres')
export class RegisterCadreController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(NEW_ID) private readonly newId: NewId,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('ADMIN')
  @ApiOperation({ summary: 'Register a cadre (a leading official) and their personnel file' })
  @CommandEndpoint()
  register(
    @Body() body: RegisterCadreDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    const cadreId = body.cadreId ?? this.newId();
    return this.commands.execute(new RegisterCadreCommand(cadreId, body, context));
  }
}
