/**
 * What may be done next on a case, by status and by the role that may do it: the commands' role
 * checks (apps/api/src/cases/*) and the case decider's status guards (docs/domain.md, "The case"),
 * read in the other direction. The api stays the judge: a step listed here can still be refused
 * for a reason of the case (a missing finding, an appeal window still open…).
 */
const STEPS = {
  OPENED: { CASEWORKER: ['assignInvestigator', 'startInvestigation'] },
  REOPENED: { CASEWORKER: ['assignInvestigator', 'startInvestigation'] },
  UNDER_INVESTIGATION: {
    CASEWORKER: ['attachEvidence', 'serveHearingNotice', 'recordStatement', 'extendDeadline'],
    SUPERVISOR: ['recordFinding', 'decideSanction', 'decideCase'],
  },
  DECIDED: { CASEWORKER: ['fileAppeal', 'waiveAppeal'], SUPERVISOR: ['closeCase'] },
  APPEALED: { CASEWORKER: ['fileAppeal', 'waiveAppeal'], SUPERVISOR: ['decideAppeal'] },
  CLOSED: { SUPERVISOR: ['reopenCase'] },
};

/**
 * The steps open to `role` on a case: message keys `step.{name}`; `others` lists the roles that
 * may take the case further when this one may not.
 * @param {{status: string, kind: string, deadline?: {stoppedAt: string | null} | null, appealWindowOpen?: boolean}} header
 * @param {string} role
 */
export function nextSteps(header, role) {
  const byRole = STEPS[header.status] ?? {};
  const applies = (step) => {
    if (step === 'extendDeadline') return Boolean(header.deadline) && !header.deadline?.stoppedAt;
    if (step === 'waiveAppeal' || (step === 'fileAppeal' && header.status === 'DECIDED'))
      return header.appealWindowOpen !== false;
    return true;
  };
  const mine = (byRole[role] ?? []).filter(applies);
  const others = Object.keys(byRole).filter(
    (other) => other !== role && byRole[other].some(applies),
  );
  return { mine, others };
}
