import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { AssignInvestigatorCommand } from './assign-investigator.command';
import { AssignInvestigatorDto } from './assign-investigator.dto';

@ApiTags('cases')
@Controller('cases')
export class AssignInvestigatorController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':caseId/investigator')
  @HttpCode(201)
  @Allow('CASEWORKER')
  @ApiOperation({
    summary: 'Assign the investigator of a case (a supervisor who decides no sanction in it)',
  })
  @CommandEndpoint()
  assign(
    @UuidParam('caseId') caseId: string,
    @Body() body: AssignInvestigatorDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new AssignInvestigatorCommand(caseId, body, context));
  }
}
