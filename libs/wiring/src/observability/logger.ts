import type { LogConfig } from '@dutyledger/config';
import { createRequire } from 'node:module';
import { type DestinationStream, type Logger, pino, stdTimeFunctions } from 'pino';

/** Where a log line may carry a credential: replaced before the line is written. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["proxy-authorization"]',
  'res.headers["set-cookie"]',
];

/**
 * The process's logger: one JSON object a line on stdout (`level` as a word, `time` in ISO 8601,
 * the process's `name`), or coloured lines for a person when the format is `pretty`.
 * `destination` replaces stdout (tests read the lines).
 */
export function createLogger(
  config: LogConfig,
  name: string,
  destination: DestinationStream = process.stdout,
): Logger {
  const options = {
    name,
    level: config.level,
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  if (config.format === 'pretty') {
    // Loaded only for this format: a JSON logger (the default) never needs it.
    const pretty = createRequire(__filename)('pino-pretty') as typeof import('pino-pretty');
    return pino(
      options,
      pretty({ destination, colorize: destination === process.stdout && process.stdout.isTTY }),
    );
  }
  return pino(options, destination);
}
