/**
 * {{placeholders}} in solution lines, setup files and check fields: the values a learner would
 * copy from an earlier output (a KeyId, a GrantId, their role's ARN). Filled from the account
 * as it is now, so a replay works in any fresh account.
 *
 *   {{accountId}}                      111122223333
 *   {{learnerRoleArn}}                 arn:aws:iam::111122223333:role/AWSLabsUser-…
 *   {{learnerRoleName}}                AWSLabsUser-…
 *   {{userArn:bob}}                    arn:aws:iam::111122223333:user/bob
 *   {{roleArn:writer}}                 arn:aws:iam::111122223333:role/writer
 *   {{bucketArn:mycloudtrailbucket*}}  arn:aws:s3:::<the bucket> (exact name, or the oldest with that prefix)
 *   {{lastKeyId}}                      the customer managed key created last
 *   {{keyId:alias/x}} {{keyArn:alias/x}}
 *   {{grantId:alias/x:grantName}}      the grant of that name on the key
 */
import type { AccountView } from '../checks/checkKind.ts';
import { findBucket } from '../checks/findBucket.ts';
import { customerKeys, findKeyByAlias } from '../checks/findKey.ts';

const ACCOUNT_ID = '111122223333';

type Resolver = (state: AccountView, arg: string) => string | undefined;

const RESOLVERS: Readonly<Record<string, Resolver>> = {
  accountId: () => ACCOUNT_ID,
  learnerRoleArn: (state) => state.iam.roles[state.iam.learnerRoleName]?.arn,
  learnerRoleName: (state) => state.iam.learnerRoleName,
  userArn: (state, name) => state.iam.users[name]?.arn,
  roleArn: (state, name) => state.iam.roles[name]?.arn,
  bucketArn: (state, name) => { const bucket = findBucket(state, name); return bucket && `arn:aws:s3:::${bucket.name}`; },
  // Creation dates can tie within a millisecond; the later entry of the state was made later.
  lastKeyId: (state) => customerKeys(state).reduce<AccountView['kms']['keys'][string] | undefined>((last, key) => (!last || key.creationDate >= last.creationDate ? key : last), undefined)?.keyId,
  keyId: (state, alias) => findKeyByAlias(state, alias)?.keyId,
  keyArn: (state, alias) => findKeyByAlias(state, alias)?.arn,
  grantId(state, arg) {
    const split = arg.lastIndexOf(':');
    const key = findKeyByAlias(state, arg.slice(0, split));
    return Object.values(state.kms.grants).find((g) => g.keyId === key?.keyId && g.name === arg.slice(split + 1))?.grantId;
  },
};

const PLACEHOLDER = /\{\{(\w+)(?::([^}]+))?\}\}/g;

export const placeholderNames = (): string[] => Object.keys(RESOLVERS);

/** The template with every placeholder filled, or undefined if one cannot be filled yet. */
export function fillPlaceholders(template: string, state: AccountView): string | undefined {
  let missing = false;
  const filled = template.replace(PLACEHOLDER, (whole, name: string, arg: string | undefined) => {
    const value = RESOLVERS[name]?.(state, arg ?? '');
    if (value === undefined) missing = true;
    return value ?? whole;
  });
  return missing ? undefined : filled;
}

/** Names used in a template that no resolver knows (for validateLab). */
export const unknownPlaceholders = (template: string): string[] =>
  [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !Object.hasOwn(RESOLVERS, name));
