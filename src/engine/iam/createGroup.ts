import type { OperationContext } from '../operation.ts';
import { entityAlreadyExists } from './iamErrors.ts';
import { iamArn, toGroup, type GroupShape } from './iamEntities.ts';
import { iamId } from './iamIds.ts';
import type { IamGroup } from './state.ts';

export type CreateGroupInput = { GroupName: string; Path?: string };
export type CreateGroupOutput = { Group: GroupShape };

export async function createGroup(ctx: OperationContext, input: CreateGroupInput): Promise<CreateGroupOutput> {
  const { groups } = ctx.account.state.iam;
  if (Object.keys(groups).some((name) => name.toLowerCase() === input.GroupName.toLowerCase())) throw entityAlreadyExists('group', input.GroupName);
  const path = input.Path ?? '/';
  const group: IamGroup = {
    groupName: input.GroupName,
    groupId: iamId(ctx.account.platform.ids, 'AGPA'),
    arn: iamArn(ctx, 'group', path, input.GroupName),
    path,
    createDate: ctx.now,
    inlinePolicies: {},
    attachedPolicyArns: [],
  };
  groups[input.GroupName] = group;
  return { Group: toGroup(group) };
}
