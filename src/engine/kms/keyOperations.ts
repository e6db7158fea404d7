/** KMS operations that manage keys, aliases, tags, policies and key lifecycle, keyed by IAM action. */
import type { Handler } from '../operation.ts';
import { cancelKeyDeletion } from './cancelKeyDeletion.ts';
import { createAlias } from './createAlias.ts';
import { createKey } from './createKey.ts';
import { deleteAlias } from './deleteAlias.ts';
import { describeKey } from './describeKey.ts';
import { disableKey } from './disableKey.ts';
import { enableKey } from './enableKey.ts';
import { getKeyPolicy } from './getKeyPolicy.ts';
import { listAliases } from './listAliases.ts';
import { listKeyPolicies } from './listKeyPolicies.ts';
import { listKeys } from './listKeys.ts';
import { listResourceTags } from './listResourceTags.ts';
import { putKeyPolicy } from './putKeyPolicy.ts';
import { scheduleKeyDeletion } from './scheduleKeyDeletion.ts';
import { tagResource } from './tagResource.ts';
import { untagResource } from './untagResource.ts';
import { updateAlias } from './updateAlias.ts';
import { updateKeyDescription } from './updateKeyDescription.ts';

export const kmsKeyOperations = {
  'kms:CreateKey': createKey,
  'kms:DescribeKey': describeKey,
  'kms:ListKeys': listKeys,
  'kms:UpdateKeyDescription': updateKeyDescription,
  'kms:EnableKey': enableKey,
  'kms:DisableKey': disableKey,
  'kms:ScheduleKeyDeletion': scheduleKeyDeletion,
  'kms:CancelKeyDeletion': cancelKeyDeletion,
  'kms:CreateAlias': createAlias,
  'kms:UpdateAlias': updateAlias,
  'kms:DeleteAlias': deleteAlias,
  'kms:ListAliases': listAliases,
  'kms:TagResource': tagResource,
  'kms:UntagResource': untagResource,
  'kms:ListResourceTags': listResourceTags,
  'kms:GetKeyPolicy': getKeyPolicy,
  'kms:PutKeyPolicy': putKeyPolicy,
  'kms:ListKeyPolicies': listKeyPolicies,
} satisfies Record<`kms:${string}`, Handler>;
