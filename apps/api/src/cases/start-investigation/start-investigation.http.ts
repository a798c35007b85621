import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { StartInvestigationCommand } from './start-investigation.command';
import { StartInvestigationDto } from './start-investigation.dto';

@ApiTags('cases')
@Controller('cases')
export class StartInvestigationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':caseId/investigation')
  @HttpCode(201)
  @Allow('CASEWORKER')
  @ApiOperation({ summary: 'Start the investigation of a case with its assigned investigator' })
  @CommandEndpoint()
  start(
    @UuidParam('caseId') caseId: string,
    @Body() body: StartInvestigationDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new StartInvestigationCommand(caseId, body, context));
  }
}
