/**
 * The simulated account's id and home Region. They live outside the engine so the console
 * shell can show them (top bar, ARNs in links) before the engine's chunk has loaded.
 */
export const ACCOUNT_ID = '111122223333';
export const DEFAULT_REGION = 'us-east-1';
