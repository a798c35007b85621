import { ValidationError } from 'class-validator';
import type { FieldProblem } from './field-problems';
import { brokenTextRule, isMultiLine } from './text-rules';

interface Visit {
  value: unknown;
  path: string;
  /** The request object holding the field, and the field: where multi-line is declared. */
  owner: object | undefined;
  property: string | undefined;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * Every string of a transformed request (body or query, nested objects and arrays included)
 * checked against the text rules, so that no field, including one added later, takes control
 * characters or lone surrogates. Iterative: a body's depth is bounded before this runs, but the
 * walk need not rely on it.
 */
export function textProblems(request: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: Visit[] = [{ value: request, path: '', owner: undefined, property: undefined }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { value, path, owner, property } = visit;
    if (typeof value === 'string') {
      const multiLine =
        owner !== undefined && property !== undefined && isMultiLine(owner, property);
      const broken = brokenTextRule(value, multiLine);
      if (broken)
        problems.push({ field: path, rules: { [broken[0]]: `${path} must hold ${broken[1]}` } });
    } else if (Array.isArray(value)) {
      // The elements of a list of strings are ruled by the list's field.
      value.forEach((item: unknown, index) =>
        stack.push({ value: item, path: join(path, String(index)), owner, property }),
      );
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, member] of Object.entries(value)) {
        stack.push({ value: member, path: join(path, key), owner: value, property: key });
      }
    }
  }
  return problems.sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
}

/** A problem as class-validator would have reported it, so it joins the other errors. */
export function asValidationError(problem: FieldProblem): ValidationError {
  const error = new ValidationError();
  error.property = problem.field;
  error.constraints = problem.rules;
  error.children = [];
  return error;
}
