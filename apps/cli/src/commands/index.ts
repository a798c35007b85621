import type { CliCommand } from '../cli-command';
import { checkpointCommand } from './checkpoint.command';
import { demoCommand } from './demo.command';
import { exportCaseCommand } from './export-case.command';
import { projectionsCommand } from '../projections/projections.command';
import { reservationsCommand } from './reservations.command';
import { tokenCommand } from './token.command';
import { verifyBundleCommand } from './verify-bundle.command';
import { verifyCommand } from './verify.command';

/** Every command of the CLI; `help` lists their usage in this order. */
export const COMMANDS: readonly CliCommand[] = [
  tokenCommand,
  projectionsCommand,
  demoCommand,
  verifyCommand,
  checkpointCommand,
  exportCaseCommand,
  verifyBundleCommand,
  reservationsCommand,
];
