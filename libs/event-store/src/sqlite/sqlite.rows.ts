import type { EventMetadata, RecordedEvent } from '../port/envelope';

export interface EventRow {
  position: number;
  id: string;
  stream: string;
  revision: number;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
  hash: string;
  previous_hash: string;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: JSON.parse(row.data) as Record<string, unknown>,
    metadata: JSON.parse(row.metadata) as EventMetadata,
    stream: row.stream,
    revision: BigInt(row.revision),
    position: BigInt(row.position),
    hash: row.hash,
    previousHash: row.previous_hash,
  };
}
