/**
 * What the configuration finds wrong with the environment at start (libs/config,
 * CONFIG_PROBLEMS), in English: one message per problem code, said by the api, the projector and
 * the CLI in the operator's language. Variable names, values and URLs are said as they are.
 */
export const CONFIG_EN: Readonly<Record<string, string>> = {
  invalidConfiguration:
    'Invalid configuration ({count, plural, one {# problem} other {# problems}}):',
  oneOf: '{variable}="{value}" is not accepted; use one of: {allowed}',
  notInteger: '{variable}="{value}" must be a whole number from {min} to {max}',
  urlScheme: '{variable} must be a URL starting with one of: {schemes}',
  eventStoreUrlForm:
    '{variable} must be esdb://host:port[,host:port…][?settings] or esdb+discover://host:port[…][?settings]',
  timeZoneUnknown:
    '{variable}="{value}" is not an IANA time zone this runtime knows, e.g. Asia/Shanghai',
  notPublicKey: '{variable} must be a PEM public key (-----BEGIN PUBLIC KEY-----)',
  pairNameUnknown: '{variable}: "{name}" is not one of {allowed}',
  pairNotScore: '{variable}: {name}="{value}" must be a whole number from 1 to 100',
  pairNotWeight: '{variable}: {name}="{value}" must be a number from 0 upwards',
  pairNotMonths:
    '{variable}: {name}="{value}" must be a whole number of months from 0 to 999, or PERMANENT',
  gradeBandsOrder:
    '{variable}: the lowest scores must fall from EXCELLENT to COMPETENT to BASICALLY_COMPETENT, above 0',
  weightsAllZero: '{variable}: at least one weight must be above 0',
  requiredWhen: '{variable} is required when {when}; e.g. {example}',
  requestTimeoutBelowHeaders:
    '{headers} must not exceed {variable} (the headers are part of the request)',
  identityProviderTwice: 'Set one of {other} and {variable}, not both',
  identityProviderNeeds:
    '{variable} is required with an identity provider ({publicKey} or {jwksUrl}): without it a token the provider issued for another application would be accepted',
  invalid: '{variable}: {reason}',
};
