import type { EventMetadata, RecordedEvent } from '../port/envelope';
import { UnreadableEventError } from '../port/errors';

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
  /** NULL for events stored before hash schemes existed */
  hash_scheme: number | null;
}

/** A JSON column of the row, or an UnreadableEventError naming the row. */
function parsed(row: EventRow, column: 'data' | 'metadata'): unknown {
  try {
    return JSON.parse(row[column]) as unknown;
  } catch (error) {
    throw new UnreadableEventError(
      row.stream,
      BigInt(row.revision),
      BigInt(row.position),
      row.id,
      `its ${column} is not JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: parsed(row, 'data') as Record<string, unknown>,
    metadata: parsed(row, 'metadata') as EventMetadata,
    stream: row.stream,
    revision: BigInt(row.revision),
    position: BigInt(row.position),
    hash: row.hash,
    previousHash: row.previous_hash,
    ...(row.hash_scheme === null ? {} : { hashScheme: row.hash_scheme }),
  };
}
