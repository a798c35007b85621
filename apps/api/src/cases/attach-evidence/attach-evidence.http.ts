import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { NEW_ID, type NewId } from '@dutyledger/wiring';
import { AttachEvidenceCommand } from './attach-evidence.command';
import { AttachEvidenceDto } from './attach-evidence.dto';

@ApiTags('cases')
@Controller('cases')
export class AttachEvidenceController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(NEW_ID) private readonly newId: NewId,
  ) {}

  @Post(':caseId/evidence')
  @HttpCode(201)
  @Allow('CASEWORKER')
  @ApiOperation({
    summary: 'Attach evidence to a case: a description and the SHA-256 of its content',
  })
  @CommandEndpoint()
  attach(
    @UuidParam('caseId') caseId: string,
    @Body() body: AttachEvidenceDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    const evidenceId = body.evidenceId ?? this.newId();
    return this.commands.execute(new AttachEvidenceCommand(caseId, evidenceId, body, context));
  }
}
