import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { NEW_ID, type NewId } from '@dutyledger/wiring';
import { DecideSanctionCommand } from './decide-sanction.command';
import { DecideSanctionDto } from './decide-sanction.dto';

@ApiTags('cases')
@Controller('cases')
export class DecideSanctionController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(NEW_ID) private readonly newId: NewId,
  ) {}

  @Post(':caseId/sanctions')
  @HttpCode(201)
  @Allow('SUPERVISOR')
  @ApiOperation({
    summary:
      'Decide the sanction of a subject found responsible (the caller decides; never the investigator)',
  })
  @CommandEndpoint()
  decide(
    @UuidParam('caseId') caseId: string,
    @Body() body: DecideSanctionDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    const sanctionId = body.sanctionId ?? this.newId();
    return this.commands.execute(new DecideSanctionCommand(caseId, sanctionId, body, context));
  }
}
