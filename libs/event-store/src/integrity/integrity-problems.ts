/**
 * What the verifiers can find wrong with a case bundle or with a signed checkpoint of the log, as
 * stable codes with the values each problem names (its `params`), never as a sentence: readers
 * say them in their language (the CLI and the api from the `integrity` catalogue, `integrity.<code>`, in zh-CN
 * and en; see README, "Languages"). Each code lists the names of its params: a problem carries
 * exactly those, and every catalogue message of the code says each of them.
 *
 * A code, once published, keeps its meaning: add new ones rather than change one.
 */
export const INTEGRITY_PROBLEMS = {
  // An event line of a bundle.
  'bundle.eventNotJson': [],
  'bundle.eventNotObject': [],
  'bundle.eventFieldMissing': ['field'],
  'bundle.eventFieldNotDecimal': ['field'],
  'bundle.eventFieldNotObject': ['field'],
  'bundle.eventHashSchemeNotNumber': [],
  'bundle.revisionOutOfOrder': ['stream', 'revision', 'expectedRevision'],
  'bundle.positionNotAfter': ['position', 'previousPosition'],
  'bundle.hashMismatch': ['eventId', 'stream', 'revision'],
  'bundle.previousHashMismatch': ['eventId', 'stream', 'revision'],
  'bundle.hashSchemeUnknown': ['eventId', 'stream', 'revision', 'scheme'],
  // A bundle's manifest (line 1) against its events.
  'bundle.manifestUnreadable': [],
  'bundle.formatUnknown': ['format', 'eventsOnlyFormat', 'reportFormat'],
  'bundle.reportMissing': ['format'],
  'bundle.caseStreamMissing': ['caseId', 'stream'],
  'bundle.countMismatch': ['stream', 'listed', 'found'],
  'bundle.headRevisionMismatch': ['stream', 'listed', 'found'],
  'bundle.headHashMismatch': ['stream', 'listed', 'found'],
  'bundle.streamUnlisted': ['stream'],
  'bundle.eventCountMismatch': ['listed', 'found'],
  'bundle.contentDigestMismatch': [],
  // A checkpoint's signature (a bundle's, a checkpoint file's, the store's).
  'checkpoint.malformed': [],
  'checkpoint.keyUnreadable': [],
  'checkpoint.keyNotEd25519': [],
  'checkpoint.keyIdMismatch': [],
  'checkpoint.keyNotTrusted': ['keyId', 'trustedKeyId'],
  'checkpoint.signatureMismatch': [],
  // A bundle held against the checkpoint its manifest carries.
  'checkpoint.headCutOff': ['stream', 'revision', 'position'],
  'checkpoint.streamUnproved': ['stream', 'position'],
  'checkpoint.headReplaced': [
    'position',
    'stream',
    'signedRevision',
    'signedHash',
    'revision',
    'hash',
  ],
  'checkpoint.proofMismatch': ['stream'],
  'checkpoint.proofOfAbsentStream': ['stream'],
  // A bundle held against a checkpoint file kept elsewhere.
  'checkpoint.headsNotSigned': [],
  'checkpoint.revisionLacking': ['stream', 'revision', 'position'],
  'checkpoint.revisionHashDiffers': ['stream', 'revision', 'signedHash', 'hash'],
  // A hash chain of the store (verify): its first broken link.
  'chain.hashMismatch': ['eventId', 'stream', 'revision', 'expected', 'found'],
  'chain.previousHashMismatch': ['eventId', 'stream', 'revision', 'expected', 'found'],
  'chain.hashSchemeUnknown': ['eventId', 'stream', 'revision', 'scheme', 'found'],
  'chain.eventUnreadable': ['eventId', 'stream', 'revision', 'reason'],
  // The store held against a checkpoint.
  'checkpoint.storeRolledBack': ['end', 'position', 'recordedAt'],
  'checkpoint.storeHeadsDiffer': ['position', 'recordedAt', 'events', 'signedEvents'],
  'checkpoint.logUnreadable': ['position', 'eventId', 'stream', 'revision', 'reason'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type IntegrityProblemCode = keyof typeof INTEGRITY_PROBLEMS;

/** Every code a verifier can produce. */
export const INTEGRITY_PROBLEM_CODES = Object.keys(INTEGRITY_PROBLEMS) as IntegrityProblemCode[];

/** The values a problem of `C` names, each as text. */
export type ProblemParams<C extends IntegrityProblemCode = IntegrityProblemCode> = Readonly<
  Record<(typeof INTEGRITY_PROBLEMS)[C][number], string>
>;

/** A problem without its place: what is wrong (one of the codes `C`), and the values it names. */
export type IntegrityProblem<C extends IntegrityProblemCode = IntegrityProblemCode> =
  C extends IntegrityProblemCode ? { code: C; params: ProblemParams<C> } : never;

/** A problem of `code` naming `params` (the compiler asks for exactly the code's params). */
export const integrityProblem = <C extends IntegrityProblemCode>(
  code: C,
  params: ProblemParams<C>,
): { code: C; params: ProblemParams<C> } => ({ code, params });

/** The codes of a signature that does not hold. */
export type SignatureProblemCode = Extract<
  IntegrityProblemCode,
  | 'checkpoint.malformed'
  | 'checkpoint.keyUnreadable'
  | 'checkpoint.keyNotEd25519'
  | 'checkpoint.keyIdMismatch'
  | 'checkpoint.keyNotTrusted'
  | 'checkpoint.signatureMismatch'
>;

/** The codes of a chain's first broken link in the store. */
export type ChainProblemCode = Extract<IntegrityProblemCode, `chain.${string}`>;

/** The codes the store's verification against a checkpoint answers. */
export type StoreCheckpointProblemCode =
  | SignatureProblemCode
  | 'checkpoint.storeRolledBack'
  | 'checkpoint.storeHeadsDiffer'
  | 'checkpoint.logUnreadable';

/** The first 12 hex digits of a hash and an ellipsis: enough to tell two hashes apart. */
export const shortHash = (hash: string): string => `${hash.slice(0, 12)}…`;
