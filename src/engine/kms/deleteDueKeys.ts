/**
 * Scheduled work: a key whose DeletionDate has passed is gone for good, and with it its
 * aliases, its grants and every generation of its material in the HSM, so old ciphertext can never be
 * decrypted again. This is the moment the deletion lab is about.
 */
import type { NextDue, ScheduledWork } from '../scheduled.ts';
import { recordKmsKeyEvent } from '../cloudtrail/recordServiceEvent.ts';
import { removeGrantsOfKey } from './grantStore.ts';

export const nextDeletionDue: NextDue = (account) => {
  let soonest = Infinity;
  for (const key of Object.values(account.state.kms.keys)) {
    if (key.keyState === 'PendingDeletion' && key.deletionDate !== undefined) soonest = Math.min(soonest, key.deletionDate);
  }
  return soonest;
};

export const deleteDueKeys: ScheduledWork = async (account, now) => {
  const { keys, aliases } = account.state.kms;
  for (const key of Object.values(keys)) {
    if (key.keyState !== 'PendingDeletion' || key.deletionDate === undefined || key.deletionDate > now) continue;
    for (const material of key.materials) account.hsm.destroyMaterial(material.materialId);
    for (const alias of Object.values(aliases)) {
      if (alias.targetKeyId === key.keyId) delete aliases[alias.aliasName];
    }
    removeGrantsOfKey(account, key.keyId);
    delete keys[key.keyId];
    recordKmsKeyEvent(account, key.deletionDate, 'DeleteKey', key);
  }
};
