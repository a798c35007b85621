/**
 * The English catalogue: every message of the narrative as an ICU MessageFormat text
 * (https://unicode-org.github.io/icu/userguide/format_parse/messages/), and every term of the
 * domain's lists in words. Another language is another catalogue with the same ids.
 */
export const EN: Readonly<Record<string, string>> = {
  'case.opened': 'A {kind} case was opened for {department} by {actor}: {summary}',
  'case.subjectNamed': '{subject} ({post}) was named a subject by {actor}.',
  'case.failureCited':
    'Failure {failureId} on {post} of {occurredAt} (adverse effect: {adverseEffect}; {vacant, select, true {the post was vacant} other {responsible: {responsible}}}) was cited as grounds by {actor}.',
  'case.accidentCited':
    'The accident {accidentId} of {occurredAt} (grade: {grade}) was cited as grounds by {actor}.',
  'case.deadlineSet': 'The investigation deadline was set to {dueAt} by {actor}.',
  'case.investigatorAssigned':
    'Investigator {investigator} was assigned{replacing, select, true { in place of {previous}} other {}} by {actor}.',
  'case.investigationStarted':
    'The investigation was started (investigator {investigator}) by {actor}.',
  'case.evidenceAttached':
    'Evidence was attached by {actor}: {description} (SHA-256 {contentHash}).',
  'case.hearingNoticeServed':
    'A hearing notice was served on {subject} by {actor}; the subject could answer until {respondBy}.',
  'case.statementRecorded': 'The statement of {subject} was recorded by {actor}: “{statement}”',
  'case.findingRecorded':
    '{subject} was found {responsible, select, true {responsible{kindGiven, select, true { ({responsibilityKind})} other {}}} other {not responsible}} by {recorder} {hearing, select, STATEMENT {after hearing the subject} NOTICE_UNANSWERED {after a hearing notice the subject left unanswered} other {without hearing the subject}}: {reasoning}{aggravatingCount, plural, =0 {} other {. Aggravating: {aggravating}}}{mitigatingCount, plural, =0 {} other {. Mitigating: {mitigating}}}',
  'case.circumstance': '{circumstance} ({note})',
  'case.sanctionWithdrawn':
    'The {sanction} of {subject} was withdrawn by {actor}: a new finding superseded it.',
  'case.sanctionDecided':
    '{measure, select, true {The measure {sanction}} other {A {sanction}}} was decided for {subject} by {decider}.',
  'case.decided':
    'The case was decided by {decider}; appeals may be filed until {appealWindowClosesAt}.',
  'case.appealWaived': '{subject} waived the appeal against the {sanction} (recorded by {actor}).',
  'case.appealFiled': '{subject} appealed against the {sanction} (filed by {actor}): {grounds}',
  'case.appealDecided':
    'The appeal of {subject} was decided by {decider}: {outcome, select, UPHELD {the {sanction} was upheld} SANCTION_REVOKED {the {sanction} was revoked} other {the {sanction} was changed to {changedSanction}}}. Reasoning: {reasoning}',
  'case.deadlineExtended':
    'The investigation deadline was extended by {days, plural, one {# day} other {# days}} to {dueAt} by {actor}: {reason}',
  'case.closed': 'The case was closed by {actor}: {reason}',
  'case.reopened':
    'The case was reopened ({reopening, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} reopening) by {actor}: {reason}',
  /** A sentence a timeline stored before it kept messages: said as it was stored. */
  'case.storedSentence': '{sentence}',

  'term.caseKind.PRE_ACCIDENT': 'pre-accident',
  'term.caseKind.POST_ACCIDENT': 'post-accident',
  'term.caseStatus.OPENED': 'opened',
  'term.caseStatus.UNDER_INVESTIGATION': 'under investigation',
  'term.caseStatus.DECIDED': 'decided',
  'term.caseStatus.APPEALED': 'appealed',
  'term.caseStatus.CLOSED': 'closed',
  'term.caseStatus.REOPENED': 'reopened',
  'term.sanction.ADMONISHMENT_TALK': 'admonishment talk',
  'term.sanction.WRITTEN_SELF_EXAMINATION': 'written self-examination',
  'term.sanction.CIRCULATED_CRITICISM': 'circulated criticism',
  'term.sanction.PUBLIC_APOLOGY': 'public apology',
  'term.sanction.SUSPENSION': 'suspension',
  'term.sanction.RESIGNATION_TO_TAKE_BLAME': 'resignation to take the blame',
  'term.sanction.ORDERED_RESIGNATION': 'ordered resignation',
  'term.sanction.REMOVAL_FROM_OFFICE': 'removal from office',
  'term.sanction.DEMOTION': 'demotion',
  'term.sanction.WARNING': 'warning',
  'term.sanction.DEMERIT': 'demerit',
  'term.sanction.MAJOR_DEMERIT': 'major demerit',
  'term.sanction.DISMISSAL_FROM_POST': 'dismissal from post',
  'term.sanction.EXPULSION': 'expulsion',
  'term.sanction.REFERRAL_TO_DISCIPLINE_INSPECTION': 'referral to discipline inspection',
  'term.sanction.REFERRAL_TO_JUDICIAL_ORGANS': 'referral to judicial organs',
  'term.sanctionEnding.REVOKED_ON_APPEAL': 'revoked on appeal',
  'term.sanctionEnding.WITHDRAWN_FINDING_SUPERSEDED': 'withdrawn, the finding superseded',
  'term.responsibilityKind.DIRECT': 'direct',
  'term.responsibilityKind.LEADERSHIP': 'leadership',
  'term.responsibilityKind.SUPERVISORY': 'supervisory',
  'term.hearingBasis.STATEMENT': 'heard (statement)',
  'term.hearingBasis.NOTICE_UNANSWERED': 'notice served, left unanswered',
  'term.hearingBasis.NOT_HEARD': 'not heard',
  'term.circumstance.CONCEALMENT_OR_FALSE_REPORT': 'concealment or false report',
  'term.circumstance.OBSTRUCTED_INVESTIGATION': 'obstructed investigation',
  'term.circumstance.REPEATED_WITHIN_YEAR': 'repeated within year',
  'term.circumstance.SERIOUS_SOCIAL_IMPACT': 'serious social impact',
  'term.circumstance.RETALIATION': 'retaliation',
  'term.circumstance.ACTIVE_REMEDY': 'active remedy',
  'term.circumstance.VOLUNTARY_DISCLOSURE': 'voluntary disclosure',
  'term.circumstance.COOPERATION': 'cooperation',
  'term.circumstance.MINOR_ROLE': 'minor role',
  'term.adverseEffect.NONE': 'none',
  'term.adverseEffect.MINOR': 'minor',
  'term.adverseEffect.SERIOUS': 'serious',
  'term.accidentGrade.ESPECIALLY_SERIOUS': 'especially serious',
  'term.accidentGrade.SERIOUS': 'serious',
  'term.accidentGrade.LARGER': 'larger',
  'term.accidentGrade.GENERAL': 'general',
  'term.appealOutcome.UPHELD': 'upheld',
  'term.appealOutcome.SANCTION_REVOKED': 'sanction revoked',
  'term.appealOutcome.SANCTION_CHANGED': 'sanction changed',
  'term.eligibilityBlock.OPEN_CASE': 'open case',
  'term.eligibilityBlock.SANCTION_INFLUENCE_PERIOD': 'sanction influence period',
  'term.eligibilityBlock.INCOMPETENT_GRADE': 'incompetent grade',
};
