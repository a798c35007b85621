/** Operators' messages of the CLI in English: its usage and the refusals of a command line. */
export const CLI_EN: Readonly<Record<string, string>> = {
  'usage.all': 'Usage: npm run cli -- <command> [flags]   (npm run cli -- <command> --help)',
  'usage.one': 'Usage: npm run cli -- {usage}',
  unknownCommand: 'Unknown command "{name}"',
  flagTwice: '--{flag} is given more than once',
  unexpectedArgument: 'Unexpected argument "{word}"',
  argumentMissing: 'An argument is missing',
  langUnknown: '--lang must be zh-CN or en',
  'exportCase.notFound': 'Case {caseId} was not found',
  'exportCase.written':
    'Wrote {events, plural, one {# event} other {# events}} of {streams, plural, one {# stream} other {# streams}} to {out}',
  'verify.progress':
    'verified {events, plural, one {# event} other {# events}} in {streams, plural, one {# stream} other {# streams}} ({where, select, position {position} other {revision}} {reached} of {head})',
  'verify.checkpoint':
    'checkpoint ({source} {where}) at position {position}: {holds, select, yes {holds} other {{problem}}}',
  'verify.checkpointFails': 'does not hold',
  'verifyBundle.ok':
    'OK: case {caseId}, {events, plural, one {# event} other {# events}} in {streams, plural, one {# stream} other {# streams}}; every chain and the manifest hold; {checkpoint}',
  'verifyBundle.broken':
    'BROKEN: {problems, plural, one {# problem} other {# problems}} in {file}; {checkpoint}',
  'verifyBundle.noCheckpoint':
    'it carries no signed checkpoint of the log, so events cut off before the export cannot be told',
  'verifyBundle.checkpoint':
    "held against the log's checkpoint at position {position} of {recordedAt}, signed by key {keyId}{trusted, select, given { (the key given)} none {} other { (not the key given)}}",
  'verifyBundle.line': 'line {line}: {message}{values}',
  'verifyBundle.eventLine':
    'line {line} [event {eventId}, stream {stream}, revision {revision}]: {message}{values}',
  'verifyBundle.values': ' (expected {expected}, found {found})',
  'projections.head': 'head position {position}',
  'projections.row':
    '{name} position {position}  lag {lag}  parked {parked}{upToDate, select, yes {  up to date} other {}}  {running, select, yes {held by {heldBy}} other {not running}}',
  'projections.noParked': 'No parked events.',
  'projections.parkedRow':
    '#{id} {projection} position {position} {eventType} {eventId} parked {parkedAt}: {error}',
  'projections.applied': '#{id} applied',
  'projections.failedAgain': '#{id} failed again: {error}',
  'projections.rebuilt':
    '{name}: rebuilt from {events, plural, one {# event} other {# events}} in {seconds} s, swapped in at position {position}, {parked} parked',
  'projections.verified':
    '{name}: ok, {rows, plural, one {# row equals} other {# rows equal}} a rebuild at position {position}',
  'projections.differ':
    '{name}: {rows, plural, one {# row differs} other {# rows differ}} from a rebuild at position {position}',
  'demo.loaded': 'Loaded {commands, plural, one {# command} other {# commands}} in {seconds} s.',
  'demo.stopped': 'The demo load stopped: {reason}',
  'demo.blockedCadre':
    'The {measure} (changed on appeal from {from}) in case {caseId} blocks appointment for {months, plural, one {# month} other {# months}}; appointed to a lower post with an eligibility override',
  'checkpoint.signed':
    'Signed the log up to position {position} ({events, plural, one {# event} other {# events}} in {streams, plural, one {# stream} other {# streams}}) with key {keyId}{copied, select, yes {; copied to {out}} other {}}',
  'checkpoint.unchanged':
    'Nothing was appended since the last checkpoint ({file}){copied, select, yes {; copied to {out}} other {}}',
  'checkpoint.nothing':
    'Nothing to sign (the log is empty, or holds nothing since its last checkpoint) and no checkpoint file at {file}',
  'reservations.read': 'read {events, plural, one {# event} other {# events}}',
  'demo.loading':
    'Loading the demo (two years to {day}, {commands, plural, one {# command} other {# commands}}) into {url}',
  'demo.phase': '  {phase}: {commands, plural, one {# command} other {# commands}} in {seconds} s',
};
