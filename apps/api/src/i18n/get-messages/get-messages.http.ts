import { createHash } from 'node:crypto';
import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { type Area, LANGS, type Lang, isLang, messagesFor } from '@dutyledger/i18n';
import type { FastifyReply } from 'fastify';
import { Public } from '../../platform/auth/access.decorator';
import { validationFailed } from '../../platform/http/field-problems';

/** What a client that formats for itself is sent: the domain's words and the dashboard's own. */
const CLIENT_AREAS: readonly Area[] = ['terms', 'dashboard'];

interface Messages {
  body: string;
  etag: string;
}

function messagesOf(lang: Lang): Messages {
  const body = JSON.stringify({ lang, messages: messagesFor(lang, CLIENT_AREAS) });
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, etag };
}

/**
 * The messages of a language for the dashboard (and any client): static vocabulary, no personal
 * data, so no sign-in, like the dashboard's page. Revalidated on each load (304 while unchanged).
 */
@ApiTags('i18n')
@Controller('i18n')
export class GetMessagesController {
  private readonly answers = new Map<Lang, Messages>(LANGS.map((lang) => [lang, messagesOf(lang)]));

  @Get(':lang')
  @Public()
  @ApiParam({ name: 'lang', enum: LANGS })
  @ApiOkResponse({
    description:
      '{ lang, messages }: ICU MessageFormat texts keyed by area (terms.measure.DEMERIT, dashboard.…), with an ETag',
  })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: lang is not one of zh-CN, en' })
  messages(
    @Param('lang') lang: string,
    @Headers('if-none-match') etag: string | undefined,
    @Res() reply: FastifyReply,
  ): void {
    const answer = isLang(lang) ? this.answers.get(lang) : undefined;
    if (answer === undefined) {
      throw validationFailed([
        { field: 'lang', rules: { isIn: `lang must be one of ${LANGS.join(', ')}` } },
      ]);
    }
    void reply.headers({
      'cache-control': 'public, no-cache',
      etag: answer.etag,
      'content-language': lang,
    });
    if (etag === answer.etag) {
      void reply.status(304).send();
      return;
    }
    void reply.status(200).type('application/json; charset=utf-8').send(answer.body);
  }
}
