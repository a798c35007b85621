/** Stable codes of the cadre's rules (HTTP 422). */
export const CADRE_ERRORS = {
  CADRE_ALREADY_REGISTERED: 'CADRE_ALREADY_REGISTERED',
} as const;

export type CadreErrorCode = (typeof CADRE_ERRORS)[keyof typeof CADRE_ERRORS];
