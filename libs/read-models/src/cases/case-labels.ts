import type { CaseEvent } from '@dutyledger/domain';
import type { Recorded } from '@dutyledger/ledger';
import type { EntityManager } from 'typeorm';
import type { CaseNameRow } from './case-name-row';

/**
 * Cases name cadres, posts and departments by id; screens want their names. Each case projection
 * keeps its own small register of names (from the events below) and copies into every case the
 * labels of the ids it refers to, so that a case row reads without joins.
 */
export const NAMING_EVENT_TYPES = [
  'DepartmentRegistered',
  'PostEstablished',
  'CadreRegistered',
] as const;

export type NamedKind = 'DEPARTMENT' | 'POST' | 'CADRE';

export interface CaseLabels {
  readonly departments: Readonly<Record<string, string>>;
  readonly posts: Readonly<Record<string, string>>;
  readonly cadres: Readonly<Record<string, string>>;
}

export const NO_LABELS: CaseLabels = { departments: {}, posts: {}, cadres: {} };

const SHELF: Record<NamedKind, keyof CaseLabels> = {
  DEPARTMENT: 'departments',
  POST: 'posts',
  CADRE: 'cadres',
};

interface Reference {
  kind: NamedKind;
  id: string;
}

/** A name an event gives: a department's name, a post's title or a cadre's name. */
export interface Naming extends CaseNameRow {
  kind: NamedKind;
}

/** The name an event gives to a department, post or cadre; undefined for any other event. */
export function namingOf(event: Recorded): Naming | undefined {
  switch (event.type) {
    case 'DepartmentRegistered': {
      const { departmentId, name } = event.data;
      return { kind: 'DEPARTMENT', id: departmentId, name };
    }
    case 'PostEstablished': {
      const { postId, title } = event.data;
      return { kind: 'POST', id: postId, name: title };
    }
    case 'CadreRegistered': {
      const { cadreId, name } = event.data;
      return { kind: 'CADRE', id: cadreId, name };
    }
    default:
      return undefined;
  }
}

/** The departments, posts and cadres a case event refers to. */
function referencesOf(event: CaseEvent): Reference[] {
  switch (event.type) {
    case 'CaseOpened':
      return [{ kind: 'DEPARTMENT', id: event.data.openedByDepartmentId }];
    case 'CaseSubjectNamed':
      return [
        { kind: 'CADRE', id: event.data.cadreId },
        { kind: 'POST', id: event.data.postId },
      ];
    case 'FailureCited': {
      const { postId, responsibleCadreId } = event.data;
      const responsible: Reference[] =
        responsibleCadreId === null ? [] : [{ kind: 'CADRE', id: responsibleCadreId }];
      return [{ kind: 'POST', id: postId }, ...responsible];
    }
    case 'HearingNoticeServed':
    case 'SubjectStatementRecorded':
    case 'FindingRecorded':
    case 'AppealWaived':
    case 'SanctionWithdrawn':
    case 'SanctionDecided':
    case 'AppealFiled':
    case 'AppealDecided':
      return [{ kind: 'CADRE', id: event.data.cadreId }];
    default:
      return [];
  }
}

/**
 * The case's labels with the names of whatever `event` refers to added from the register of
 * names (`names`: the projection's own table). Ids without a registered name stay unlabelled.
 */
export async function labelled(
  manager: EntityManager,
  names: new () => CaseNameRow,
  labels: CaseLabels,
  event: CaseEvent,
): Promise<CaseLabels> {
  const missing = referencesOf(event).filter(({ kind, id }) => !(id in labels[SHELF[kind]]));
  if (missing.length === 0) return labels;
  const found = await manager
    .getRepository(names)
    .findBy(missing.map(({ kind, id }) => ({ kind, id })));
  const next = {
    departments: { ...labels.departments },
    posts: { ...labels.posts },
    cadres: { ...labels.cadres },
  };
  for (const row of found) next[SHELF[row.kind as NamedKind]][row.id] = row.name;
  return next;
}
