import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { NEW_ID, type NewId } from '@dutyledger/wiring';
import { OpenAccountabilityCommand } from './open-accountability.command';
import { OpenAccountabilityDto } from './open-accountability.dto';

@ApiTags('cases')
@Controller('cases')
export class OpenAccountabilityController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(NEW_ID) private readonly newId: NewId,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('CASEWORKER')
  @ApiOperation({
    summary: 'Open an accountability case (pre-accident on failures, post-accident on an accident)',
  })
  @CommandEndpoint()
  open(
    @Body() body: OpenAccountabilityDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    const caseId = body.caseId ?? this.newId();
    return this.commands.execute(new OpenAccountabilityCommand(caseId, body, context));
  }
}
