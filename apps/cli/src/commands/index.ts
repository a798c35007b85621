import type { CliCommand } from '../cli-command';
import { projectionsCommand } from '../projections/projections.command';
import { tokenCommand } from './token.command';

/** Every command of the CLI; `help` lists their usage in this order. */
export const COMMANDS: readonly CliCommand[] = [tokenCommand, projectionsCommand];
