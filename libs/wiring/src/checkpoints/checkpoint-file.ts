import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  type CheckpointSource,
  type CheckpointWithHeads,
  privateDirectory,
} from '@dutyledger/event-store';

/** The checkpoint kept in a file (with its heads), as a source to verify against; none if absent. */
export function readCheckpointFile(
  file: string,
  source: CheckpointSource['source'] = 'file',
): CheckpointSource | undefined {
  if (!existsSync(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    parsed = undefined;
  }
  const kept = (parsed ?? {}) as Partial<CheckpointWithHeads>;
  const heads = Array.isArray(kept.heads) ? kept.heads : undefined;
  return { source, where: file, checkpoint: kept.checkpoint, heads };
}

/** Writes a checkpoint file whole or not at all (a temporary file renamed), owner-only. */
export function writeCheckpointFile(file: string, kept: CheckpointWithHeads): void {
  privateDirectory(dirname(file));
  const temporary = `${file}.${process.pid}.tmp`;
  const { checkpoint, heads } = kept;
  writeFileSync(temporary, `${JSON.stringify({ checkpoint, heads })}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}
