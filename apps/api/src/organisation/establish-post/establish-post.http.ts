import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { NEW_ID, type NewId } from '@dutyledger/wiring';
import { EstablishPostCommand } from './establish-post.command';
import { EstablishPostDto } from './establish-post.dto';

@ApiTags('organisation')
@Controller('posts')
export class EstablishPostController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(NEW_ID) private readonly newId: NewId,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('ADMIN')
  @ApiOperation({ summary: 'Establish a leading post in a department, with its business scope' })
  @CommandEndpoint()
  establish(
    @Body() body: EstablishPostDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    const postId = body.postId ?? this.newId();
    return this.commands.execute(new EstablishPostCommand(postId, body, context));
  }
}
