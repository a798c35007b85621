import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { RelieveCadreCommand } from './relieve-cadre.command';
import { RelieveCadreDto } from './relieve-cadre.dto';

@ApiTags('organisation')
@Controller('posts/:postId/reliefs')
export class RelieveCadreController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Allow('ADMIN')
  @ApiOperation({
    summary: 'Relieve the cadre who holds a post, from an effective date, saying why',
  })
  @CommandEndpoint()
  relieve(
    @UuidParam('postId') postId: string,
    @Body() body: RelieveCadreDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new RelieveCadreCommand(postId, body, context));
  }
}
