export const VERIFICATION_KEY = Symbol('VerificationKey');
