import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { DecideAppealCommand } from './decide-appeal.command';
import { DecideAppealDto } from './decide-appeal.dto';

@ApiTags('cases')
@Controller('cases')
export class DecideAppealController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':caseId/appeal-decisions')
  @HttpCode(201)
  @Allow('SUPERVISOR')
  @ApiOperation({ summary: 'Decide a pending appeal: uphold, revoke or change the sanction' })
  @CommandEndpoint()
  decide(
    @UuidParam('caseId') caseId: string,
    @Body() body: DecideAppealDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new DecideAppealCommand(caseId, body, context));
  }
}
