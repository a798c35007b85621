import type { EventMetadata, RecordedEvent } from '../port/envelope';
import { type IntegrityProblem, integrityProblem } from './integrity-problems';

/** A stored event as JSON carries it: revision and position as decimal strings. */
export interface EnvelopeJson {
  id: string;
  type: string;
  schemaVersion: number;
  stream: string;
  revision: string;
  position: string;
  hash: string;
  previousHash: string;
  /** absent on events stored before hash schemes existed */
  hashScheme?: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

export function toEnvelopeJson(event: RecordedEvent): EnvelopeJson {
  return {
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    stream: event.stream,
    revision: event.revision.toString(),
    position: event.position.toString(),
    hash: event.hash,
    previousHash: event.previousHash,
    ...(event.hashScheme === undefined ? {} : { hashScheme: event.hashScheme }),
    data: event.data,
    metadata: event.metadata,
  };
}

const DECIMAL = /^\d{1,19}$/;

/** What can be wrong with an event line's JSON. */
export type EnvelopeProblem = IntegrityProblem<
  | 'bundle.eventNotObject'
  | 'bundle.eventFieldMissing'
  | 'bundle.eventFieldNotDecimal'
  | 'bundle.eventFieldNotObject'
  | 'bundle.eventHashSchemeNotNumber'
>;

/** The stored event a JSON envelope describes, or the problem that says what it lacks. */
export function fromEnvelopeJson(value: unknown): RecordedEvent | EnvelopeProblem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return integrityProblem('bundle.eventNotObject', {});
  }
  const candidate = value as Record<string, unknown>;
  const { id, type, schemaVersion, stream, revision, position, hash, previousHash } = candidate;
  const { data, metadata, hashScheme } = candidate;
  const texts = { id, type, stream, hash, previousHash };
  for (const [field, text] of Object.entries(texts)) {
    if (typeof text !== 'string') return integrityProblem('bundle.eventFieldMissing', { field });
  }
  if (typeof schemaVersion !== 'number') {
    return integrityProblem('bundle.eventFieldMissing', { field: 'schemaVersion' });
  }
  const notDecimal = (field: string) => integrityProblem('bundle.eventFieldNotDecimal', { field });
  if (typeof revision !== 'string' || !DECIMAL.test(revision)) return notDecimal('revision');
  if (typeof position !== 'string' || !DECIMAL.test(position)) return notDecimal('position');
  const notObject = (field: string) => integrityProblem('bundle.eventFieldNotObject', { field });
  if (typeof data !== 'object' || data === null) return notObject('data');
  if (typeof metadata !== 'object' || metadata === null) return notObject('metadata');
  if (hashScheme !== undefined && typeof hashScheme !== 'number') {
    return integrityProblem('bundle.eventHashSchemeNotNumber', {});
  }
  return {
    id: String(id),
    type: String(type),
    schemaVersion,
    stream: String(stream),
    revision: BigInt(revision),
    position: BigInt(position),
    hash: String(hash),
    previousHash: String(previousHash),
    data: data as Record<string, unknown>,
    metadata: metadata as EventMetadata,
    ...(hashScheme === undefined ? {} : { hashScheme }),
  };
}
