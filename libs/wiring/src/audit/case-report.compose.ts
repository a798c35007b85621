import type { DutyLedgerConfig } from '@dutyledger/config';
import { type OpenedCase, cadreDecider, createCaseDecider, isOverdue } from '@dutyledger/domain';
import type { Lang } from '@dutyledger/i18n';
import { type EventCodec, foldStream } from '@dutyledger/ledger';
import { type CaseNames, type NamedKind, namingOf } from '@dutyledger/read-models';
import type { CaseRecord, CaseRecordStream } from './case-record';
import { type OverriddenAppointment, renderCaseReport } from './case-report.html';

/**
 * The printable report of a case in `lang`, from its record as the store holds it: what the
 * report route answers and what a case bundle carries (one renderer for both). Undefined when
 * the case stream holds no opening.
 */
export function composeCaseReport(
  record: CaseRecord,
  codec: EventCodec,
  config: Pick<DutyLedgerConfig, 'policy' | 'timeZone'>,
  now: Date,
  lang: Lang,
): string | undefined {
  const [own, ...others] = record.streams;
  const stored = own?.events ?? [];
  const events = stored.map((event) => codec.decode(event));
  const { appealWindowDays, hearingResponseDays } = config.policy;
  const decider = createCaseDecider({ appealWindowDays, hearingResponseDays });
  const state = foldStream(decider, stored, codec);
  if (state.status === 'NOT_OPENED') return undefined;
  return renderCaseReport({
    state,
    events,
    names: namesOf(others, codec),
    generatedAt: now.toISOString(),
    headHash: own?.events.at(-1)?.hash ?? '',
    overdue: isOverdue(state, now),
    overrides: overridesOf(state, others, codec),
    lang,
    timeZone: config.timeZone,
  });
}

/**
 * The names of the opening department, the posts and the cadres, from the streams the case
 * rests on; a cadre is named with the personnel number, as on the paper file.
 */
function namesOf(streams: readonly CaseRecordStream[], codec: EventCodec): CaseNames {
  const departments: Record<string, string> = {};
  const posts: Record<string, string> = {};
  const cadres: Record<string, string> = {};
  const shelves: Record<NamedKind, Record<string, string>> = {
    DEPARTMENT: departments,
    POST: posts,
    CADRE: cadres,
  };
  for (const stream of streams) {
    const events = stream.events.map((event) => codec.decode(event));
    for (const naming of events.flatMap((event) => namingOf(event) ?? [])) {
      shelves[naming.kind][naming.id] = naming.name;
    }
    if (stream.kind !== 'cadre') continue;
    const cadre = foldStream(cadreDecider, stream.events, codec);
    if (cadre.status === 'REGISTERED') {
      cadres[cadre.cadreId] = `${cadre.name} (${cadre.personnelNumber})`;
    }
  }
  return { departments, posts, cadres };
}

/** The subjects' appointments, on the posts the case names them with, that overrode blocks. */
function overridesOf(
  state: OpenedCase,
  streams: readonly CaseRecordStream[],
  codec: EventCodec,
): OverriddenAppointment[] {
  const subjects = new Set(state.subjects.map((subject) => subject.cadreId));
  return streams
    .filter((stream) => stream.kind === 'post')
    .flatMap((stream) => stream.events)
    .map((event) => codec.decode(event))
    .flatMap((event): OverriddenAppointment[] => {
      if (event.type !== 'CadreAppointedToPost') return [];
      const { data } = event;
      if (!subjects.has(data.cadreId) || data.eligibilityOverride === null) return [];
      const { cadreId, postId, effectiveFrom, eligibilityOverride: override } = data;
      return [{ cadreId, postId, effectiveFrom, override }];
    });
}
