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
import { configProblem, issueOf } from './config-problems';
import { type Variable, pairs, problemCheck, text } from './variables';

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
export const eventStoreUrl: Variable<string | undefined> = (variable) =>
  text(variable).pipe(
    z
      .string()
      .refine((value) => /^esdb(\+discover)?:\/\//.test(value), {
        ...problemCheck(
          configProblem('config.urlScheme', { variable, schemes: 'esdb:, esdb+discover:' }),
        ),
        abort: true,
      })
      .refine(
        (value) => ESDB_CONNECTION.test(value),
        problemCheck(configProblem('config.eventStoreUrlForm', { variable })),
      )
      .optional(),
  );

export const timeZone: Variable<string> = (variable) =>
  text(variable)
    .transform((zone) => zone ?? DEFAULT_TIME_ZONE)
    .pipe(
      z.string().transform((value, context) => {
        if (isTimeZone(value)) return value;
        context.addIssue(issueOf(configProblem('config.timeZoneUnknown', { variable, value })));
        return z.NEVER;
      }),
    );

export const publicKey: Variable<string | undefined> = (variable) =>
  text(variable).pipe(
    z
      .string()
      .refine(
        (pem) => pem.includes('BEGIN PUBLIC KEY'),
        problemCheck(configProblem('config.notPublicKey', { variable })),
      )
      .optional(),
  );

const GRADED = ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT'] as const;

/** Lowest scores of the grades, falling from EXCELLENT, within 1–100. */
export const gradeBands: Variable<GradeBands> = (variable) =>
  pairs(
    GRADED,
    z
      .string()
      .regex(/^\d{1,3}$/)
      .transform(Number)
      .refine((score) => score <= 100),
    'config.pairNotScore',
  )(variable)
    .transform((given): GradeBands => ({ ...DEFAULT_GRADE_BANDS, ...given }))
    .refine(
      (bands) =>
        bands.EXCELLENT > bands.COMPETENT &&
        bands.COMPETENT > bands.BASICALLY_COMPETENT &&
        bands.BASICALLY_COMPETENT > 0,
      problemCheck(configProblem('config.gradeBandsOrder', { variable })),
    );

/** The weights of the compliance score (the domain's policy), as the variable overrides them. */
export const complianceWeights: Variable<ComplianceWeights> = (variable) =>
  pairs(
    COMPLIANCE_INDICATORS,
    z
      .string()
      .regex(/^\d+(\.\d+)?$/)
      .transform(Number),
    'config.pairNotWeight',
  )(variable).transform((given, context) => {
    try {
      return weighing(given);
    } catch {
      context.addIssue(issueOf(configProblem('config.weightsAllZero', { variable })));
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
  'config.pairNotMonths',
);
