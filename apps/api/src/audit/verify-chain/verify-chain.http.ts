import { Controller, Get, Headers, Inject, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { DutyLedgerConfig } from '@dutyledger/config';
import {
  type CheckpointVerdict,
  type EventStore,
  type VerificationResult,
  verifyStream,
} from '@dutyledger/event-store';
import {
  CONFIG,
  type ChainBreakAnswer,
  type CheckpointAnswer,
  EVENT_STORE,
  chainBreakAnswer,
  checkpointAnswer,
  verifyLog,
} from '@dutyledger/wiring';
import type { Lang } from '@dutyledger/i18n';
import { Allow } from '../../platform/auth/access.decorator';
import { ApiAcceptLanguage, readerLang } from '../../platform/http/reader-lang';
import { AccessLogRecorder } from '../access-log/access-log.recorder';
import { type AuditReader, Reader } from '../access-log/reader.decorator';
import { VerifyChainQuery } from './verify-chain.dto';

export interface VerificationAnswer {
  ok: boolean;
  scope: 'store' | 'stream';
  stream: string | null;
  eventsChecked: number;
  streamsChecked: number;
  firstBreak: ChainBreakAnswer | null;
  /** Whole-store scope: the store held against each signed checkpoint (none for one stream). */
  checkpoints: CheckpointAnswer[];
}

function present(
  result: VerificationResult & { checkpoints?: CheckpointVerdict[] },
  stream: string | undefined,
  lang: Lang,
): VerificationAnswer {
  const broken = result.firstBreak;
  return {
    ok: result.ok,
    scope: stream === undefined ? 'store' : 'stream',
    stream: stream ?? null,
    eventsChecked: result.eventsChecked,
    streamsChecked: result.streamsChecked,
    firstBreak: broken === null ? null : chainBreakAnswer(broken, lang),
    checkpoints: (result.checkpoints ?? []).map((verdict) => checkpointAnswer(verdict, lang)),
  };
}

@ApiTags('audit')
@Controller('audit/verify')
export class VerifyChainController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CONFIG) private readonly config: DutyLedgerConfig,
    private readonly accessLog: AccessLogRecorder,
  ) {}

  @Get()
  @Allow('AUDITOR', 'ADMIN')
  @ApiOperation({
    summary: 'Recompute the hash chain of one stream or of the whole store',
    description:
      'Answers 200 either way: ok, how many events and streams were checked, the first broken link { stream, revision, position, eventId, expected, found, reason, problem, problemCode, problemParams } or null, and (whole store) the store held against each signed checkpoint of the log: checkpoints [{ source, where, ok, position, recordedAt, keyId, problem, problemCode, problemParams, differences }] (problem, and the words of expected and of each difference: in the reader’s language, ?lang= or Accept-Language, else English; problemCode and problemParams: the same as a stable code and the values it names) — events cut off the end of a stream and a store rolled back show there. The read is recorded in the access log.',
  })
  @ApiAcceptLanguage()
  @ApiOkResponse({
    description: '{ ok, scope, stream, eventsChecked, streamsChecked, firstBreak, checkpoints }',
  })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: a malformed stream name' })
  @ApiForbiddenResponse({ description: 'Only AUDITOR and ADMIN verify' })
  @ApiNotFoundResponse({ description: 'The stream has no events' })
  async verify(
    @Query() query: VerifyChainQuery,
    @Reader() reader: AuditReader,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<VerificationAnswer> {
    const { stream } = query;
    const result =
      stream === undefined
        ? await verifyLog(this.store, this.config)
        : await verifyStream(this.store, stream);
    await this.accessLog.record(reader, { endpoint: 'verify', stream });
    return present(result, stream, readerLang(query.lang, acceptLanguage, 'en'));
  }
}
