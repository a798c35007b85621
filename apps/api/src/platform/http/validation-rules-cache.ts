import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Storage = ReturnType<typeof getMetadataStorage>;
type Lookup = Storage['getTargetValidationMetadatas'];
/** A class with rules, as class-validator names it. */
type RuledClass = Parameters<Lookup>[0];

const REMEMBERING = Symbol.for('dutyledger.validation-rules-remembered');

/**
 * class-validator finds a class's rules anew for every object it validates, and to find the
 * inherited ones it tests the class against every class that has rules (`instanceof`, 55 classes
 * in the api). The rules of a class are all known once the class is defined, so they are
 * remembered per class and options here; a rule added later (a class defined later, a schema
 * registered) forgets them all. Installed once per process, on class-validator's own storage, for
 * every app of the process.
 */
export function rememberValidationRules(): void {
  const storage = getMetadataStorage() as Storage & {
    [REMEMBERING]?: true;
  };
  if (storage[REMEMBERING]) return;
  storage[REMEMBERING] = true;
  const find: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let remembered = new Map<RuledClass, Map<string, ValidationMetadata[]>>();
  storage.addValidationMetadata = (metadata) => {
    remembered = new Map();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const options = `${schema}\u0000${String(always)}\u0000${String(strictGroups)}\u0000${(groups ?? []).join('\u0000')}`;
    let ofTarget = remembered.get(target);
    if (ofTarget === undefined) {
      ofTarget = new Map();
      remembered.set(target, ofTarget);
    }
    let rules = ofTarget.get(options);
    if (rules === undefined) {
      rules = find(target, schema, always, strictGroups, groups);
      ofTarget.set(options, rules);
    }
    return rules;
  };
}
