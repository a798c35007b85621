import type {
  Appeal,
  CaseParticipants,
  CaseSanction,
  EndedSanction,
  Finding,
  HearingBasis,
  OpenedCase,
} from '@dutyledger/domain';

/**
 * A finding as a row written before hearing notices stored it: a statement flag instead of the
 * hearing basis, no circumstances, no recorder.
 */
type StoredFinding = Omit<Finding, 'hearing' | 'aggravating' | 'mitigating' | 'recordedBy'> &
  Partial<Pick<Finding, 'hearing' | 'aggravating' | 'mitigating' | 'recordedBy'>> & {
    heardBeforeFinding?: boolean;
  };

/** The fields of the case state that rows written before the fair-procedure rules lack. */
type AddedFields =
  | 'investigatorAssignedAt'
  | 'investigationStartedAt'
  | 'hearingNotices'
  | 'waivers'
  | 'participants'
  | 'reopenedAt';

/** The case state as a case projection stored it, by this version or an earlier one. */
export type StoredCase = Omit<OpenedCase, AddedFields | 'findings' | 'appeals'> &
  Partial<Pick<OpenedCase, AddedFields>> & {
    findings: Readonly<Record<string, StoredFinding>>;
    appeals: readonly (Omit<Appeal, 'round'> & { round?: number })[];
  };

function finding({ heardBeforeFinding, ...stored }: StoredFinding): Finding {
  const hearing: HearingBasis = stored.hearing ?? (heardBeforeFinding ? 'STATEMENT' : 'NOT_HEARD');
  return {
    ...stored,
    hearing,
    aggravating: stored.aggravating ?? [],
    mitigating: stored.mitigating ?? [],
    recordedBy: stored.recordedBy ?? null,
  };
}

/** Who took part, as far as an old row tells: those who recorded findings and decided measures. */
function participants(state: StoredCase, findings: readonly Finding[]): CaseParticipants {
  const sanctions: readonly (CaseSanction | EndedSanction)[] = [
    ...state.sanctions,
    ...state.endedSanctions,
  ];
  return {
    findingRecorders: findings.flatMap((each) =>
      each.recordedBy === null ? [] : [each.recordedBy],
    ),
    sanctionDeciders: sanctions.map((sanction) => sanction.decidedBy),
    caseDeciders: [],
    appealDeciders: [],
  };
}

/**
 * The stored case state in the current shape. A row stored before hearing notices, waivers and
 * the separation of functions lacks their fields: they are read as the upcast events say (a
 * statement was the hearing, nothing was weighed or waived, no notice served), and what the row
 * cannot tell (when the investigator was assigned, who decided) stays empty until the projection
 * is rebuilt from the log (`projections rebuild`), which fills every field from the events.
 */
export function currentCase(stored: StoredCase): OpenedCase {
  const findings = Object.fromEntries(
    Object.entries(stored.findings).map(([cadreId, each]) => [cadreId, finding(each)]),
  );
  const roundOf = (sanctionId: string): number =>
    [...stored.sanctions, ...stored.endedSanctions].find(
      (sanction) => sanction.sanctionId === sanctionId,
    )?.round ?? 0;
  return {
    ...stored,
    investigatorAssignedAt: stored.investigatorAssignedAt ?? null,
    investigationStartedAt: stored.investigationStartedAt ?? null,
    hearingNotices: stored.hearingNotices ?? [],
    waivers: stored.waivers ?? [],
    participants: stored.participants ?? participants(stored, Object.values(findings)),
    reopenedAt: stored.reopenedAt ?? null,
    findings,
    appeals: stored.appeals.map((appeal) => ({
      ...appeal,
      round: appeal.round ?? roundOf(appeal.sanctionId),
    })),
  };
}
