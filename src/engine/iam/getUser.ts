import type { OperationContext } from '../operation.ts';
import { findUser, toUser, type UserShape } from './iamEntities.ts';
import { iamError } from './iamErrors.ts';

export type GetUserInput = { UserName?: string };
export type GetUserOutput = { User: UserShape };

/**
 * The named user, or without a name the caller. A role session has no user to show: AWS
 * answers ValidationError "Must specify userName when calling with non-User credentials"
 * (quoted in aws/aws-cli and Terraform issues).
 */
export async function getUser(ctx: OperationContext, input: GetUserInput): Promise<GetUserOutput> {
  if (input.UserName !== undefined) return { User: toUser(findUser(ctx, input.UserName)) };
  const { principal } = ctx;
  if (principal.type !== 'IAMUser' || principal.userName === undefined) {
    throw iamError('ValidationError', 'Must specify userName when calling with non-User credentials');
  }
  return { User: toUser(findUser(ctx, principal.userName)) };
}
