import { z } from 'zod';
import {
  COMPLIANCE_INDICATORS,
  type ComplianceWeights,
  DEFAULT_GRADE_BANDS,
  DEFAULT_TIME_ZONE,
  type GradeBands,
  type InfluencePeriod,
  MEASURES,
  type Measure,
  complianceWeights as weighing,
  isTimeZone,
} from '@dutyledger/domain';
import { type Variable, pairs, text } from './variables';

/*
 * The variables whose rules are this product's own (connection strings, the jurisdiction's time
 * zone, the domain's grade bands, weights and influence periods); the general kinds are in
 * ./variables.
 */

const ESDB_HOST = String.raw`(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?`;
const ESDB_CONNECTION = new RegExp(
  String.raw`^esdb(?:\+discover)?://(?:[^@/?#\s]+@)?${ESDB_HOST}(?:,${ESDB_HOST})*/?(?:\?[^\s#]*)?$`,
);

/**
 * An EventStoreDB connection string: `esdb://` with one node or a list of gossip seeds
 * (`host:port,host:port,…`), or `esdb+discover://` with a cluster's DNS name or seeds, then
 * settings such as `?tls=false&nodePreference=leader`. A list of hosts is not a URL, so this is
 * checked by pattern rather than with URL.
 */
export const eventStoreUrl: Variable<string | undefined> = (name) =>
  text(name).pipe(
    z
      .string()
      .refine((value) => /^esdb(\+discover)?:\/\//.test(value), {
        error: `${name} must be a URL starting with esdb: or esdb+discover:`,
        abort: true,
      })
      .refine((value) => ESDB_CONNECTION.test(value), {
        error: `${name} must be esdb://host:port[,host:port…][?settings] or esdb+discover://host:port[…][?settings]`,
      })
      .optional(),
  );

export const timeZone: Variable<string> = (name) =>
  text(name)
    .transform((zone) => zone ?? DEFAULT_TIME_ZONE)
    .pipe(
      z.string().refine(isTimeZone, {
        error: (issue) =>
          `${name}="${String(issue.input)}" is not an IANA time zone this runtime knows, e.g. Asia/Shanghai`,
      }),
    );

export const publicKey: Variable<string | undefined> = (name) =>
  text(name).pipe(
    z
      .string()
      .refine((pem) => pem.includes('BEGIN PUBLIC KEY'), {
        error: `${name} must be a PEM public key (-----BEGIN PUBLIC KEY-----)`,
      })
      .optional(),
  );

const GRADED = ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT'] as const;

/** Lowest scores of the grades, falling from EXCELLENT, within 1–100. */
export const gradeBands: Variable<GradeBands> = (name) =>
  pairs(
    GRADED,
    z
      .string()
      .regex(/^\d{1,3}$/)
      .transform(Number)
      .refine((score) => score <= 100),
    'a whole number from 1 to 100',
  )(name)
    .transform((given): GradeBands => ({ ...DEFAULT_GRADE_BANDS, ...given }))
    .refine(
      (bands) =>
        bands.EXCELLENT > bands.COMPETENT &&
        bands.COMPETENT > bands.BASICALLY_COMPETENT &&
        bands.BASICALLY_COMPETENT > 0,
      {
        error: `${name}: the lowest scores must fall from EXCELLENT to COMPETENT to BASICALLY_COMPETENT, above 0`,
      },
    );

/** The weights of the compliance score (the domain's policy), as the variable overrides them. */
export const complianceWeights: Variable<ComplianceWeights> = (name) =>
  pairs(
    COMPLIANCE_INDICATORS,
    z
      .string()
      .regex(/^\d+(\.\d+)?$/)
      .transform(Number),
    'a number from 0 upwards',
  )(name).transform((given, context) => {
    try {
      return weighing(given);
    } catch {
      context.addIssue({ code: 'custom', message: `${name}: at least one weight must be above 0` });
      return z.NEVER;
    }
  });

export const influenceMonths: Variable<Partial<Record<Measure, InfluencePeriod>>> = pairs(
  MEASURES,
  z.union([
    z.literal('PERMANENT'),
    z
      .string()
      .regex(/^\d{1,3}$/)
      .transform(Number),
  ]),
  'a whole number of months from 0 to 999, or PERMANENT',
);
