/**
 * Which of the demo's tokens sends a command. The fair procedure needs three different
 * supervisors: the investigator records the findings, the supervisor decides the measures and the
 * case, an appeal board member who took no earlier part decides the appeals.
 */
export type DemoRole = 'admin' | 'caseworker' | 'supervisor' | 'investigator' | 'appealBoard';

/** One request of the scenario: a POST to the command API. */
export interface DemoCommand {
  /** unique in the scenario; its hash is the command's Idempotency-Key */
  readonly label: string;
  readonly role: DemoRole;
  readonly path: string;
  readonly body?: Readonly<Record<string, unknown>>;
}

/** Commands that must go in order (one stream's history, or one case's story). */
export type DemoChain = readonly DemoCommand[];

/** A step of the load: its chains do not depend on each other and are sent side by side. */
export interface DemoPhase {
  /** Its name in the scenario (what the scenario's specs look it up by). */
  readonly name: string;
  /** How the load's progress says it: a cli key and its values, in the operator's language. */
  readonly said: { readonly key: string; readonly values?: Readonly<Record<string, string>> };
  readonly chains: readonly DemoChain[];
}
