/** Operators' messages of the CLI in English: its usage and the refusals of a command line. */
export const CLI_EN: Readonly<Record<string, string>> = {
  'usage.all': 'Usage: npm run cli -- <command> [flags]   (npm run cli -- <command> --help)',
  'usage.one': 'Usage: npm run cli -- {usage}',
  unknownCommand: 'Unknown command "{name}"',
  flagTwice: '--{flag} is given more than once',
  unexpectedArgument: 'Unexpected argument "{word}"',
  argumentMissing: 'An argument is missing',
};
