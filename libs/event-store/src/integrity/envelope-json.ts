import type { EventMetadata, RecordedEvent } from '../port/envelope';

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

/** The stored event a JSON envelope describes, or a sentence saying what it lacks. */
export function fromEnvelopeJson(value: unknown): RecordedEvent | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'is not a JSON object';
  }
  const candidate = value as Record<string, unknown>;
  const { id, type, schemaVersion, stream, revision, position, hash, previousHash } = candidate;
  const { data, metadata, hashScheme } = candidate;
  const texts = { id, type, stream, hash, previousHash };
  for (const [name, text] of Object.entries(texts)) {
    if (typeof text !== 'string') return `has no ${name}`;
  }
  if (typeof schemaVersion !== 'number') return 'has no schemaVersion';
  if (typeof revision !== 'string' || !DECIMAL.test(revision)) return 'has no decimal revision';
  if (typeof position !== 'string' || !DECIMAL.test(position)) return 'has no decimal position';
  if (typeof data !== 'object' || data === null) return 'has no data object';
  if (typeof metadata !== 'object' || metadata === null) return 'has no metadata object';
  if (hashScheme !== undefined && typeof hashScheme !== 'number')
    return 'has a non-numeric hashScheme';
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
