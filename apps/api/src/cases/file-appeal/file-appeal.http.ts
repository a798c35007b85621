import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { NEW_ID, type NewId } from '@dutyledger/wiring';
import { FileAppealCommand } from './file-appeal.command';
import { FileAppealDto } from './file-appeal.dto';

@ApiTags('cases')
@Controller('cases')
export class FileAppealController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(NEW_ID) private readonly newId: NewId,
  ) {}

  @Post(':caseId/appeals')
  @HttpCode(201)
  @Allow('CASEWORKER')
  @ApiOperation({
    summary:
      'File the appeal of a sanctioned subject, on the subject’s behalf, within the appeal window',
  })
  @CommandEndpoint()
  file(
    @UuidParam('caseId') caseId: string,
    @Body() body: FileAppealDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    const appealId = body.appealId ?? this.newId();
    return this.commands.execute(new FileAppealCommand(caseId, appealId, body, context));
  }
}
