import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { RecordFindingCommand } from './record-finding.command';
import { RecordFindingDto } from './record-finding.dto';

@ApiTags('cases')
@Controller('cases')
export class RecordFindingController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':caseId/findings')
  @HttpCode(201)
  @Allow('SUPERVISOR')
  @ApiOperation({
    summary: 'Record the finding on one subject: responsible or not, the kind, and the reasoning',
  })
  @CommandEndpoint()
  record(
    @UuidParam('caseId') caseId: string,
    @Body() body: RecordFindingDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new RecordFindingCommand(caseId, body, context));
  }
}
