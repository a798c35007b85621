import { createHash } from 'node:crypto';
import type { RecordedEvent } from '../port/envelope';
import { canonicalJson } from './canonical-json';
import { fromEnvelopeJson, toEnvelopeJson } from './envelope-json';
import { GENESIS_HASH, hashSchemeOf, isHashScheme, verifyLink } from './hash-chain';
import {
  type BundleCheckpointOptions,
  type ChainedEvent,
  type CheckpointProblemCode,
  type HeldCheckpoint,
  carriedCheckpointProblems,
  givenCheckpointProblems,
} from './bundle-checkpoint';
import {
  type IntegrityProblem,
  type IntegrityProblemCode,
  integrityProblem,
} from './integrity-problems';
import { isCheckpoint, type LogCheckpoint } from './log-checkpoint';
import type { HeadProof } from './log-heads';

/** A bundle of the stored events only (no readable report): what exports wrote before /2. */
export const CASE_BUNDLE_FORMAT_EVENTS_ONLY = 'dutyledger-case-bundle/1';
/** A bundle that also carries the case's printable report in the reader's language. */
export const CASE_BUNDLE_FORMAT = 'dutyledger-case-bundle/2';
const CASE_BUNDLE_FORMATS: readonly string[] = [CASE_BUNDLE_FORMAT_EVENTS_ONLY, CASE_BUNDLE_FORMAT];

/**
 * The readable part of a bundle: the case's printable report (self-contained HTML) in `lang`, for
 * a reader without DutyLedger. Covered by the content digest, so a changed byte of it is found;
 * the evidence remains the events, the report is what they said when the bundle was made.
 */
export interface BundleReport {
  lang: string;
  mediaType: 'text/html';
  html: string;
}

export interface BundleStream {
  stream: string;
  count: number;
  headRevision: string;
  headHash: string;
}

/** The first line of a case bundle. */
export interface BundleManifest {
  format: string;
  caseId: string;
  exportedAt: string;
  streams: BundleStream[];
  eventCount: number;
  /**
   * The latest signed checkpoint of the whole log when the bundle was made, with a proof that
   * each stream's head at its position is one of the heads it signed (absent in older bundles).
   */
  checkpoint?: BundleCheckpoint;
  /** The printable report in the reader's language (format /2; absent in /1 bundles). */
  report?: BundleReport;
  /**
   * SHA-256 of the manifest's other fields (canonical JSON), a line feed, and the event lines:
   * a changed byte outside the hash chains (a position, the export time) shows here too.
   */
  contentSha256: string;
}

/** A signed checkpoint of the log and the inclusion proofs of the bundle's streams' heads. */
export type BundleCheckpoint = LogCheckpoint & { proofs: HeadProof[] };

function contentDigest(manifest: Omit<BundleManifest, 'contentSha256'>, lines: string[]): string {
  const { format, caseId, exportedAt, streams, eventCount, checkpoint, report } = manifest;
  // A bundle without a checkpoint or report digests exactly as before they existed.
  const fields = canonicalJson({
    format,
    caseId,
    exportedAt,
    streams,
    eventCount,
    checkpoint,
    report,
  });
  return createHash('sha256')
    .update(`${fields}\n${lines.join('\n')}`, 'utf8')
    .digest('hex');
}

/**
 * A case bundle: JSON Lines, the manifest first, then every event of every stream given, whole
 * streams from revision 0 (so that each chain can be recomputed), in global position order.
 * With a `report`, the manifest carries it and says format /2; without, the bundle is a /1 one.
 */
export function writeCaseBundle(
  caseId: string,
  exportedAt: string,
  streams: readonly (readonly RecordedEvent[])[],
  checkpoint?: BundleCheckpoint,
  report?: BundleReport,
): string {
  const events = streams.flat().sort((a, b) => (a.position < b.position ? -1 : 1));
  const lines = events.map((event) => JSON.stringify(toEnvelopeJson(event)));
  const heads: BundleStream[] = streams.flatMap((stream) => {
    const head = stream.at(-1);
    if (head === undefined) return [];
    const headRevision = head.revision.toString();
    return [{ stream: head.stream, count: stream.length, headRevision, headHash: head.hash }];
  });
  const fields = {
    format: report ? CASE_BUNDLE_FORMAT : CASE_BUNDLE_FORMAT_EVENTS_ONLY,
    caseId,
    exportedAt,
    streams: heads,
    eventCount: events.length,
    ...(checkpoint ? { checkpoint } : {}),
    ...(report ? { report } : {}),
  };
  const manifest: BundleManifest = { ...fields, contentSha256: contentDigest(fields, lines) };
  return `${[JSON.stringify(manifest), ...lines].join('\n')}\n`;
}

/** What a bundle's own lines (its events and its manifest) can be found to say wrong. */
export type BundleLineProblemCode = Extract<IntegrityProblemCode, `bundle.${string}`>;

/**
 * One thing wrong with a bundle: the line (1 is the manifest) and, for an event, which one; what
 * is wrong as a code with the values it names (`params`), said by the reader in its language; for
 * a problem found against a checkpoint, which one (`checkpoint`).
 */
export type BundleProblem = {
  line: number;
  stream?: string;
  revision?: string;
  eventId?: string;
  expected?: string;
  found?: string;
  checkpoint?: HeldCheckpoint;
} & IntegrityProblem<BundleLineProblemCode | CheckpointProblemCode>;

export interface BundleVerdict {
  ok: boolean;
  caseId: string | null;
  eventCount: number;
  streamCount: number;
  /** The signed checkpoint the manifest carries (checked), or null for a bundle without one. */
  checkpoint: Pick<LogCheckpoint, 'position' | 'recordedAt' | 'keyId'> | null;
  problems: BundleProblem[];
}

interface StreamWalk {
  count: number;
  headRevision: bigint;
  headHash: string;
}

/** Names an event on a line that no longer parses, as far as the text still says. */
function guessed(line: string): Pick<BundleProblem, 'stream' | 'revision' | 'eventId'> {
  return {
    eventId: /^\{"id":"([^"]{1,100})"/.exec(line)?.[1],
    stream: /,"stream":"([^"]{1,500})"/.exec(line)?.[1],
    revision: /,"revision":"(\d{1,19})"/.exec(line)?.[1],
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Checks a bundle with nothing but its text: every stream's chain recomputed link by link, each
 * stream complete from revision 0, positions increasing, then the manifest's counts, heads and
 * content digest. Answers every problem found, events first, in line order.
 */
export function verifyCaseBundle(
  text: string,
  options: BundleCheckpointOptions = {},
): BundleVerdict {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  const [first = '', ...eventLines] = lines;
  const problems: BundleProblem[] = [];
  const walks = new Map<string, StreamWalk>();
  const chains = new Map<string, ChainedEvent[]>();
  let lastPosition = -1n;
  eventLines.forEach((line, index) => {
    const lineNumber = index + 2;
    const parsed = parseJson(line);
    const event =
      parsed === undefined ? integrityProblem('bundle.eventNotJson', {}) : fromEnvelopeJson(parsed);
    if ('code' in event) {
      problems.push({ line: lineNumber, ...guessed(line), ...event });
      return;
    }
    const named = {
      line: lineNumber,
      stream: event.stream,
      revision: event.revision.toString(),
      eventId: event.id,
    };
    const walk = walks.get(event.stream);
    const expectedRevision = walk === undefined ? 0n : walk.headRevision + 1n;
    const { stream, revision, eventId } = named;
    if (event.revision !== expectedRevision) {
      const said = { stream, revision, expectedRevision: expectedRevision.toString() };
      problems.push({ ...named, ...integrityProblem('bundle.revisionOutOfOrder', said) });
    }
    if (event.position <= lastPosition) {
      const said = {
        position: event.position.toString(),
        previousPosition: lastPosition.toString(),
      };
      problems.push({ ...named, ...integrityProblem('bundle.positionNotAfter', said) });
    }
    lastPosition = event.position;
    const broken = verifyLink(event, walk?.headHash ?? GENESIS_HASH);
    const scheme = hashSchemeOf(event);
    if (broken !== undefined && broken.reason === 'hash-mismatch' && !isHashScheme(scheme)) {
      const said = { eventId, stream, revision, scheme: String(scheme) };
      const problem = integrityProblem('bundle.hashSchemeUnknown', said);
      problems.push({ ...named, found: broken.foundHash, ...problem });
    } else if (broken !== undefined) {
      const code =
        broken.reason === 'hash-mismatch' ? 'bundle.hashMismatch' : 'bundle.previousHashMismatch';
      const values = { expected: broken.expectedHash ?? '', found: broken.foundHash };
      problems.push({
        ...named,
        ...values,
        ...integrityProblem(code, { eventId, stream, revision }),
      });
    }
    walks.set(event.stream, {
      count: (walk?.count ?? 0) + 1,
      headRevision: event.revision,
      headHash: event.hash,
    });
    const link = { line: lineNumber, revision: event.revision, position: event.position };
    chains.set(event.stream, [...(chains.get(event.stream) ?? []), { ...link, hash: event.hash }]);
  });
  const manifest = parseJson(first);
  problems.push(...manifestProblems(manifest, walks, eventLines));
  const carried = carriedCheckpoint(manifest);
  if (carried) problems.push(...carriedCheckpointProblems(carried, chains, options.trusted));
  if (options.given !== undefined) {
    problems.push(...givenCheckpointProblems(options.given, chains, options.trusted));
  }
  const caseId = readCaseId(manifest);
  return {
    ok: problems.length === 0,
    caseId,
    eventCount: eventLines.length,
    streamCount: walks.size,
    checkpoint: isCheckpoint(carried)
      ? { position: carried.position, recordedAt: carried.recordedAt, keyId: carried.keyId }
      : null,
    problems,
  };
}

/** What a manifest carries as its checkpoint, if anything (checked against the signature). */
function carriedCheckpoint(manifest: unknown): (LogCheckpoint & { proofs?: unknown }) | undefined {
  if (typeof manifest !== 'object' || manifest === null) return undefined;
  const { checkpoint } = manifest as Record<string, unknown>;
  return checkpoint === undefined
    ? undefined
    : (checkpoint as LogCheckpoint & { proofs?: unknown });
}

function readCaseId(manifest: unknown): string | null {
  if (typeof manifest !== 'object' || manifest === null) return null;
  const { caseId } = manifest as Record<string, unknown>;
  return typeof caseId === 'string' ? caseId : null;
}

function isManifest(value: unknown): value is BundleManifest {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m.format === 'string' &&
    typeof m.caseId === 'string' &&
    typeof m.exportedAt === 'string' &&
    typeof m.eventCount === 'number' &&
    typeof m.contentSha256 === 'string' &&
    Array.isArray(m.streams) &&
    m.streams.every(
      (s: unknown) =>
        typeof s === 'object' &&
        s !== null &&
        typeof (s as BundleStream).stream === 'string' &&
        typeof (s as BundleStream).count === 'number' &&
        typeof (s as BundleStream).headRevision === 'string' &&
        typeof (s as BundleStream).headHash === 'string',
    )
  );
}

function isReport(value: unknown): value is BundleReport {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.lang === 'string' && r.mediaType === 'text/html' && typeof r.html === 'string';
}

function manifestProblems(
  manifest: unknown,
  walks: ReadonlyMap<string, StreamWalk>,
  eventLines: string[],
): BundleProblem[] {
  const onManifest = (
    problem: IntegrityProblem<BundleLineProblemCode>,
    place: Pick<BundleProblem, 'stream' | 'expected' | 'found'> = {},
  ): BundleProblem => ({ line: 1, ...place, ...problem });
  if (!isManifest(manifest)) return [onManifest(integrityProblem('bundle.manifestUnreadable', {}))];
  const problems: BundleProblem[] = [];
  const { format, caseId } = manifest;
  if (!CASE_BUNDLE_FORMATS.includes(format)) {
    const formats = {
      eventsOnlyFormat: CASE_BUNDLE_FORMAT_EVENTS_ONLY,
      reportFormat: CASE_BUNDLE_FORMAT,
    };
    problems.push(onManifest(integrityProblem('bundle.formatUnknown', { format, ...formats })));
  }
  if (format === CASE_BUNDLE_FORMAT && !isReport(manifest.report)) {
    problems.push(onManifest(integrityProblem('bundle.reportMissing', { format })));
  }
  if (!manifest.streams.some((entry) => entry.stream === `case-${caseId}`)) {
    const said = { caseId, stream: `case-${caseId}` };
    problems.push(onManifest(integrityProblem('bundle.caseStreamMissing', said)));
  }
  for (const entry of manifest.streams) {
    const walk = walks.get(entry.stream);
    const found = walk
      ? { count: walk.count, headRevision: walk.headRevision.toString(), headHash: walk.headHash }
      : { count: 0, headRevision: '-', headHash: '-' };
    for (const key of ['count', 'headRevision', 'headHash'] as const) {
      const values = { expected: String(entry[key]), found: String(found[key]) };
      if (values.expected !== values.found) {
        const { stream } = entry;
        const said = { stream, listed: values.expected, found: values.found };
        problems.push(onManifest(integrityProblem(MISMATCH[key], said), { stream, ...values }));
      }
    }
  }
  for (const stream of walks.keys()) {
    if (!manifest.streams.some((entry) => entry.stream === stream)) {
      problems.push(onManifest(integrityProblem('bundle.streamUnlisted', { stream }), { stream }));
    }
  }
  if (manifest.eventCount !== eventLines.length) {
    const said = { listed: String(manifest.eventCount), found: String(eventLines.length) };
    problems.push(onManifest(integrityProblem('bundle.eventCountMismatch', said)));
  }
  const digest = contentDigest(manifest, eventLines);
  if (digest !== manifest.contentSha256) {
    const values = { expected: digest, found: manifest.contentSha256 };
    problems.push(onManifest(integrityProblem('bundle.contentDigestMismatch', {}), values));
  }
  return problems;
}

/** The problem of each manifest field of a stream that the events contradict. */
const MISMATCH = {
  count: 'bundle.countMismatch',
  headRevision: 'bundle.headRevisionMismatch',
  headHash: 'bundle.headHashMismatch',
} as const;
