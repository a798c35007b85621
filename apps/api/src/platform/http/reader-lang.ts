import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGS, type Lang, langFromAcceptLanguage } from '@dutyledger/i18n';
import { IsIn, IsOptional } from 'class-validator';

/**
 * `?lang=` on a query DTO whose answer has sentences or labels: zh-CN or en, overriding
 * Accept-Language (a link to a report says its language).
 */
export const LangField = (defaultLang: Lang) =>
  applyDecorators(
    ApiPropertyOptional({
      enum: LANGS,
      description: `The language of the answer's sentences; Accept-Language when omitted, ${defaultLang} when that names neither language.`,
    }),
    IsOptional(),
    IsIn(LANGS),
  );

/** Documents the Accept-Language header an endpoint answers in. */
export const ApiAcceptLanguage = () =>
  ApiHeader({
    name: 'accept-language',
    required: false,
    description: 'zh-CN or en (with q-weights, e.g. `zh-CN,zh;q=0.9,en;q=0.8`)',
  });

/** The reader's language: `?lang=` when given, else Accept-Language, else the surface's default. */
export function readerLang(
  asked: Lang | undefined,
  acceptLanguage: string | undefined,
  fallback: Lang = 'en',
): Lang {
  return asked ?? langFromAcceptLanguage(acceptLanguage, fallback);
}
