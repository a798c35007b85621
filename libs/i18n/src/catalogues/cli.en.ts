/** Operators' messages of the CLI in English: its usage and the refusals of a command line. */
export const CLI_EN: Readonly<Record<string, string>> = {
  'usage.all': 'Usage: npm run cli -- <command> [flags]   (npm run cli -- <command> --help)',
  'usage.one': 'Usage: npm run cli -- {usage}',
  // What each command does, under its usage line (its words and flags are not translated).
  'about.token':
    'Prints a bearer token signed with the embedded secret (in DUTYLEDGER_DATA_DIR), with its\nissuer, audience and expiry (default 8 hours, at most DUTYLEDGER_JWT_MAX_LIFETIME_SECONDS).\nROLE is one of {roles}.',
  'about.projections':
    'projections status                  position, lag, parked count and the projector process\n                                    holding each projection\nprojections parked [--projection P] the parked (dead-letter) events, oldest first\nprojections retry --id N | --projection P\n                                    applies parked events again; they leave the list once applied\nprojections rebuild [NAME]          replays the log from position zero into fresh tables and\n                                    swaps them in atomically (all projections without NAME)\nprojections verify [NAME]           rebuilds aside and reports every row that differs from the\n                                    live read model; exit 1 when one does\nProjections: {projections}',
  'about.demo':
    'Loads the demo scenario (a municipality, two years of history ending today, every fact dated\nwhen it happened) through the command API of a running api (default http://127.0.0.1:$PORT,\nPORT 3000). Tokens are minted with the embedded secret of DUTYLEDGER_DATA_DIR unless given:\nthe supervisor, investigator and appeal-board tokens are SUPERVISOR tokens of three different\nsubjects (the investigator records the findings, the supervisor decides, the appeal board\ndecides the appeals). Same day, same store: a re-run answers the first answers. Prints\nprogress to stderr and a JSON summary to stdout.',
  'about.verify':
    "Recomputes the hash chain of one stream, or of every stream of the configured store; for\nthe whole store, also holds it against every signed checkpoint known (the latest in the\nstore, the checkpoint file, and FILE, one kept elsewhere), which finds events cut off the\nend of a stream and a store rolled back. Progress goes to stderr, the result (JSON, with the\nfirst broken link and each checkpoint's verdict) to stdout. Exit 0 when everything holds,\n1 when something does not.",
  'about.checkpoint':
    'Records a signed checkpoint of the whole log now (in the store and in the checkpoint file,\nDUTYLEDGER_CHECKPOINT_FILE), unless nothing was appended since the last one; with --out, also\nwrites it to FILE: keep that copy away from the store, and verify --checkpoint FILE against it.',
  'about.exportCase':
    "Writes the case bundle (JSON Lines: a manifest with the latest signed checkpoint of the log\nand the case's printable report in --lang, by default the operator's language, then every\nevent of the case and of every stream it rests on) to FILE; check it anywhere with\nverify-bundle.",
  'about.verifyBundle':
    "Checks a case bundle offline (no database, no configuration): recomputes every stream's hash\nchain, compares counts and heads with the manifest, and holds each stream against the signed\ncheckpoint of the log the manifest carries (events cut off before the export show there);\n--public-key requires that checkpoint to be signed by that key (otherwise its key id is\nprinted: compare it with the one you trust); --checkpoint also holds the bundle against a\ncheckpoint file kept elsewhere (a store rolled back before the export shows there).\nExit 0 when everything holds, 1 otherwise.",
  'about.reservations':
    'Reserves the values a store written by an earlier version already holds (personnel numbers,\ncaller-chosen child ids, the grounds of open cases), so that the api refuses their reuse.\nRun once after upgrading; values already reserved are left alone. Result JSON on stdout.',
  unknownCommand: 'Unknown command "{name}"',
  flagTwice: '--{flag} is given more than once',
  unexpectedArgument: 'Unexpected argument "{word}"',
  argumentMissing: 'An argument is missing',
  langUnknown: '--lang must be zh-CN or en',
  unknownFlag: "Unknown option ''{flag}''",
  flagValueMissing: '{flag} needs a value',
  flagValueAmbiguous:
    '{flag} needs a value, and is followed by {next}, which looks like a flag: give a value that starts with a dash as {flag}=-VALUE',
  flagTakesNoValue: '{flag} takes no value',
  commandLineRefused: 'The command line is refused: {reason}',
  noEventStore: 'No event store at {file} (DUTYLEDGER_DATA_DIR)',
  'token.roleUnknown': '--role must be one of {roles}',
  'token.subjectInvalid': '--sub must be 1 to 200 letters, digits or . _ @ -',
  'token.hoursInvalid':
    '--hours must be a whole number from 1 to {most} (DUTYLEDGER_JWT_MAX_LIFETIME_SECONDS)',
  'token.identityProvider': 'An identity provider is configured: tokens come from it',
  'exportCase.caseInvalid': '--case must be a case id (UUID v4)',
  'exportCase.outMissing': '--out must name the file to write',
  'verify.checkpointWithStream': '--checkpoint holds the whole store, not one --stream',
  'verify.checkpointMissing': '--checkpoint {file}: no such file',
  'verify.streamNotFound': 'Stream {stream} was not found',
  'verifyBundle.fileMissing': 'verify-bundle needs the bundle FILE',
  'verifyBundle.cannotRead':
    'Cannot read {what, select, publicKey {the public key} checkpoint {the checkpoint} other {the bundle}} {file}: {reason}',
  'verifyBundle.publicKeyInvalid': '--public-key {file} must hold an Ed25519 public key (PEM)',
  'verifyBundle.checkpointInvalid': '--checkpoint {file} is not a checkpoint file (JSON)',
  'projections.actionUnknown': 'projections needs one of: {actions} ("{action}" is none of them)',
  'projections.takesNoName': 'projections {action} takes no projection name ("{name}")',
  'projections.takesNoFlag': 'projections {action} takes no {flag}',
  'projections.retryTarget': 'projections retry needs exactly one of --id N or --projection NAME',
  'projections.idInvalid': '--id must be a whole number, not "{id}"',
  'projections.unknown': 'No projection is named "{name}"; there are: {projections}',
  'reservations.actionUnknown': 'reservations: unknown action "{action}" (there is: backfill)',
  'demo.urlInvalid': '--url must be an http(s) URL such as http://127.0.0.1:3000, not "{url}"',
  'demo.concurrencyInvalid': '--concurrency must be a whole number from 1 to 32',
  'demo.tokensAllFive': 'Pass all five of {flags}',
  'demo.identityProvider': 'An identity provider is configured: pass {flags} from it',
  'demo.unreachable':
    'The DutyLedger api at {url} is not reachable ({why}): start it with npm start',
  'demo.tokenWithoutSubject':
    'The {role, select, investigator {investigator} supervisor {supervisor} other {appeal board}} token carries no subject (sub): the demo names the investigator by it',
  'demo.supervisorsNotThree':
    'The investigator ({investigator}), supervisor ({supervisor}) and appeal board ({appealBoard}) tokens must have three different subjects: findings, decisions and appeal decisions are taken by different people',
  'exportCase.notFound': 'Case {caseId} was not found',
  'exportCase.written':
    'Wrote {events, plural, one {# event} other {# events}} of {streams, plural, one {# stream} other {# streams}} to {out}',
  'verify.progress':
    'verified {events, plural, one {# event} other {# events}} in {streams, plural, one {# stream} other {# streams}} ({where, select, position {position} other {revision}} {reached} of {head})',
  'verify.checkpoint':
    'checkpoint ({source} {where}) at position {position}: {holds, select, yes {holds} other {{problem}}}',
  'verify.checkpointFails': 'does not hold',
  'verify.headDiffers': '  {stream}: signed {signed}, found {found}',
  'verify.head': 'revision {revision} ({hash})',
  'verify.firstBreak': 'the first broken link, at position {position}: {problem}',
  'verify.expectedNoHash':
    '{problem, select, unreadable {an event whose data and metadata are JSON} other {a hash of scheme 1 or 2, not of scheme {scheme}}}',
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
  'verifyBundle.carriedCheckpoint': "The bundle's checkpoint: {problem}",
  'verifyBundle.givenCheckpoint': 'The given checkpoint: {problem}',
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
  'projections.progress':
    '{name}: {events, plural, one {# event} other {# events}}, {rate}/s, at position {position}',
  'projections.difference': '  {table} {key}\n    live:    {live}\n    rebuilt: {rebuilt}',
  'demo.loaded': 'Loaded {commands, plural, one {# command} other {# commands}} in {seconds} s.',
  'demo.stopped': 'The demo load stopped: {reason}',
  'demo.refused': '{route} answered {status}: {answer}',
  'demo.tokenRefused':
    'The token was refused: run the CLI with the api’s DUTYLEDGER_DATA_DIR, or pass --token-admin, --token-caseworker, --token-supervisor, --token-investigator and --token-appeal-board.',
  'demo.alreadyLoaded':
    'The demo is already in this store (loaded with other token subjects); load it into an empty DUTYLEDGER_DATA_DIR.',
  'demo.loadedOnAnotherDay':
    'The demo was already loaded into this store on another day; load it into an empty DUTYLEDGER_DATA_DIR.',
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
  'demo.phases.departments': 'departments (level {level} of the hierarchy)',
  'demo.phases.postsAndCadres': 'posts and cadres',
  'demo.phases.appointments': 'appointments and reliefs',
  'demo.phases.overrides': 'appointments that override a blocked eligibility',
  'demo.phases.duties': 'duties, performances and failures',
  'demo.phases.accidents': 'accidents',
  'demo.phases.cases': 'accountability cases',
  'demo.phases.assessments': 'annual reports and assessments',
  'demo.phase': '  {phase}: {commands, plural, one {# command} other {# commands}} in {seconds} s',
};
