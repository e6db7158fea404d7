/** Shorter passphrases make the export file easy to brute-force offline. */
export const MIN_PASSPHRASE = 8;
