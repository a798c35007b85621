import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { WaiveAppealCommand } from './waive-appeal.command';
import { WaiveAppealDto } from './waive-appeal.dto';

@ApiTags('cases')
@Controller('cases')
export class WaiveAppealController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':caseId/appeal-waivers')
  @HttpCode(201)
  @Allow('CASEWORKER')
  @ApiOperation({
    summary:
      'Record that a subject with a measure waived the appeal (lets the case close inside the appeal window)',
  })
  @CommandEndpoint()
  waive(
    @UuidParam('caseId') caseId: string,
    @Body() body: WaiveAppealDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new WaiveAppealCommand(caseId, body, context));
  }
}
