import { IsInt, IsString, getMetadataStorage, validate } from 'class-validator';
import { rememberValidationRules } from './validation-rules-cache';

class Department {
  @IsString()
  name = '';
}

describe('remembered validation rules', () => {
  beforeAll(() => rememberValidationRules());

  it('finds a class’s rules once and answers them again without looking', () => {
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(Department, '', true, false);
    expect(first.map((rule) => rule.propertyName)).toEqual(['name']);
    expect(storage.getTargetValidationMetadatas(Department, '', true, false)).toBe(first);
  });

  it('forgets them when a rule is added later, so a late rule and a later subclass are checked', async () => {
    const storage = getMetadataStorage();
    const before = storage.getTargetValidationMetadatas(Department, '', true, false);
    IsInt()(Department.prototype, 'level');
    const after = storage.getTargetValidationMetadatas(Department, '', true, false);
    expect(after).not.toBe(before);
    expect(after.map((rule) => rule.propertyName).sort()).toEqual(['level', 'name']);

    class Bureau extends Department {
      @IsString()
      code = '';
    }
    const bureau = Object.assign(new Bureau(), { name: 7, level: 'x', code: 8 });
    const problems = await validate(bureau);
    expect(problems.map((problem) => problem.property).sort()).toEqual(['code', 'level', 'name']);
  });

  it('is installed once however many apps ask', () => {
    const storage = getMetadataStorage();
    const lookup = storage.getTargetValidationMetadatas;
    rememberValidationRules();
    expect(storage.getTargetValidationMetadatas).toBe(lookup);
  });
});
