import type { OperationContext } from '../operation.ts';
import { entityAlreadyExists } from './iamErrors.ts';
import { iamArn, toUser, type UserShape } from './iamEntities.ts';
import { iamId } from './iamIds.ts';
import type { IamUser } from './state.ts';

export type CreateUserInput = { UserName: string; Path?: string };
export type CreateUserOutput = { User: UserShape };

/** A new user with no credentials and no permissions; names are unique ignoring case, as in IAM. */
export async function createUser(ctx: OperationContext, input: CreateUserInput): Promise<CreateUserOutput> {
  const { users } = ctx.account.state.iam;
  const taken = Object.keys(users).find((name) => name.toLowerCase() === input.UserName.toLowerCase());
  if (taken) throw entityAlreadyExists('user', input.UserName);
  const path = input.Path ?? '/';
  const user: IamUser = {
    userName: input.UserName,
    userId: iamId(ctx.account.platform.ids, 'AIDA'),
    arn: iamArn(ctx, 'user', path, input.UserName),
    path,
    createDate: ctx.now,
    accessKeys: [],
    attachedPolicyArns: [],
    inlinePolicies: {},
    groupNames: [],
  };
  users[input.UserName] = user;
  return { User: toUser(user) };
}
