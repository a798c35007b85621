import type { QueryRunner } from 'typeorm';

/**
 * The compliance projection's tables cleared for its replay. Its departments stay: the replay
 * writes each again as it is (an upsert), and pages list them meanwhile.
 */
const CLEARED_TABLES = [
  'compliance_facts',
  'compliance_posts',
  'compliance_duties',
  'compliance_case_subjects',
];

/**
 * Clears the compliance projection so that the projector replays it from the beginning of the log
 * at its next start (StoredComplianceRollUps, both engines): its rows but the departments, its
 * parked events and its checkpoint.
 */
export async function replayCompliance(queryRunner: QueryRunner): Promise<void> {
  for (const table of CLEARED_TABLES) await queryRunner.query(`DELETE FROM "${table}"`);
  await queryRunner.query(`DELETE FROM "parked_events" WHERE "projection" = 'compliance'`);
  await queryRunner.query(`DELETE FROM "projection_checkpoints" WHERE "projection" = 'compliance'`);
}
