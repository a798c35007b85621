import type { QueryRunner } from 'typeorm';
import { statementFor } from '../stored-rows';

interface StoredSubject {
  caseId: string;
  cadreId: string;
  postId: string;
}

/**
 * Moves the queue's subjects from their own table into each case's row, in the order the case
 * named them, written as the projection writes them (`JSON.stringify` of `{ cadreId, postId }`),
 * so that a rebuild compares equal. The same statements on SQLite and PostgreSQL.
 */
export async function subjectsIntoRows(queryRunner: QueryRunner): Promise<void> {
  const rows = (await queryRunner.query(
    'SELECT "caseId", "cadreId", "postId" FROM "caseworker_queue_subjects" ORDER BY "caseId", "ordinal"',
  )) as StoredSubject[];
  const byCase = new Map<string, { cadreId: string; postId: string }[]>();
  for (const { caseId, cadreId, postId } of rows) {
    byCase.set(caseId, [...(byCase.get(caseId) ?? []), { cadreId, postId }]);
  }
  const update = statementFor(
    queryRunner.connection,
    'UPDATE "caseworker_queue_cases" SET "subjects" = ? WHERE "caseId" = ?',
  );
  for (const [caseId, subjects] of byCase) {
    await queryRunner.query(update, [JSON.stringify(subjects), caseId]);
  }
}

/** Moves them back into their table (the migration's `down`): one row per subject, numbered. */
export async function subjectsOutOfRows(queryRunner: QueryRunner): Promise<void> {
  const rows = (await queryRunner.query(
    'SELECT "caseId", "subjects" FROM "caseworker_queue_cases"',
  )) as { caseId: string; subjects: string }[];
  const insert = statementFor(
    queryRunner.connection,
    'INSERT INTO "caseworker_queue_subjects" ("caseId", "ordinal", "cadreId", "postId") VALUES (?, ?, ?, ?)',
  );
  for (const { caseId, subjects } of rows) {
    const named = JSON.parse(subjects) as { cadreId: string; postId: string }[];
    for (const [ordinal, { cadreId, postId }] of named.entries()) {
      await queryRunner.query(insert, [caseId, ordinal, cadreId, postId]);
    }
  }
}
