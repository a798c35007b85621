import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { UpdateAccidentCasualtiesCommand } from './update-accident-casualties.command';
import { UpdateAccidentCasualtiesDto } from './update-accident-casualties.dto';

@ApiTags('accidents')
@Controller('accidents')
export class UpdateAccidentCasualtiesController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':accidentId/casualty-updates')
  @HttpCode(201)
  @Allow('CASEWORKER')
  @ApiOperation({
    summary: 'Revise an accident’s casualty figures; the grade is re-derived from them',
  })
  @CommandEndpoint()
  update(
    @UuidParam('accidentId') accidentId: string,
    @Body() body: UpdateAccidentCasualtiesDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new UpdateAccidentCasualtiesCommand(accidentId, body, context));
  }
}
