import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useCasesIn } from './use-cases';

const SOURCES = join(__dirname, '..');
const COMMAND_CONTEXTS = ['accidents', 'assessments', 'cases', 'duties', 'organisation'];

/** The use-case folders of a context that hold a command handler, as the files say. */
function commandFolders(context: string): string[] {
  return readdirSync(join(SOURCES, context), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => readdirSync(join(SOURCES, context, name)).includes(`${name}.handler.ts`))
    .sort();
}

const pascal = (folder: string) =>
  folder.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());

describe('useCasesIn gathers the command use cases of a context', () => {
  it.each(COMMAND_CONTEXTS)(
    '%s: the handler and the controller of every command folder',
    (context) => {
      const folders = commandFolders(context);
      const { controllers, handlers } = useCasesIn(join(SOURCES, context));
      expect(folders.length).toBeGreaterThan(0);
      expect(handlers.map((handler) => handler.name)).toEqual(
        folders.map((folder) => `${pascal(folder)}Handler`),
      );
      expect(controllers.map((controller) => controller.name)).toEqual(
        folders.map((folder) => `${pascal(folder)}Controller`),
      );
    },
  );

  it('leaves a folder without a handler (a query beside the commands) to its own module', () => {
    const { controllers } = useCasesIn(join(SOURCES, 'organisation'));
    expect(controllers.map((controller) => controller.name)).not.toContain(
      'GetDepartmentController',
    );
    expect(controllers.map((controller) => controller.name)).toContain(
      'RegisterDepartmentController',
    );
  });
});
