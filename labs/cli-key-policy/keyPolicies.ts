/**
 * The policy documents of the cli-key-policy lab. KEY_POLICY follows the console's default key
 * policy (../shared/reference/kms-default-key-policy.json, consoleDefaultSymmetric) with the
 * learner's CLI identity, the Admin user, as key administrator and key user; the Builder Lab's
 * administrator statement also lists kms:RotateKeyOnDemand (learning-anchors.md §B).
 */
import { consoleKeyPolicyStatements } from '../consoleKeyPolicyStatements.ts';

export const ME = 'arn:aws:iam::111122223333:user/Admin';

const statements = consoleKeyPolicyStatements('arn:aws:iam::111122223333:root', ME);

const policy = (...list: object[]) => `${JSON.stringify({ Version: '2012-10-17', Id: 'key-consolepolicy-3', Statement: list }, null, 2)}\n`;

export const KEY_POLICY = policy(statements.root, statements.admins, statements.users, statements.grants);

/** You removed from the administrators, and the root statement gone too: nobody may change the policy any more. */
export const LOCKED_OUT_POLICY = policy(statements.users, statements.grants);
