import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { DecideCaseCommand } from './decide-case.command';
import { DecideCaseDto } from './decide-case.dto';

@ApiTags('cases')
@Controller('cases')
export class DecideCaseController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':caseId/decision')
  @HttpCode(201)
  @Allow('SUPERVISOR')
  @ApiOperation({
    summary:
      'Issue the decision of a case once every subject has a finding; the appeal window opens',
  })
  @CommandEndpoint()
  decide(
    @UuidParam('caseId') caseId: string,
    @Body() body: DecideCaseDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new DecideCaseCommand(caseId, body, context));
  }
}
