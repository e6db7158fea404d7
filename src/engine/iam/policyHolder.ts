/**
 * Inline and attached policies work the same for users, groups and roles; each operation
 * file names its entity kind and calls these.
 */
import type { OperationContext } from '../operation.ts';
import { byName, findGroup, findRole, findUser } from './iamEntities.ts';
import { inlinePolicyNotFound, noSuchEntity, policyNotAttachable, type EntityKind } from './iamErrors.ts';
import { iamPage, pagingOf } from './iamPage.ts';
import { managedPolicyByArn } from './managedPolicies.ts';
import type { PolicyHolder } from './state.ts';

const FIND: Record<EntityKind, (ctx: OperationContext, name: string) => PolicyHolder> = { user: findUser, group: findGroup, role: findRole };

export const holderOf = (ctx: OperationContext, kind: EntityKind, name: string) => FIND[kind](ctx, name);

export function inlineDocument(ctx: OperationContext, kind: EntityKind, name: string, policyName: string): string {
  const document = holderOf(ctx, kind, name).inlinePolicies[policyName];
  if (document === undefined) throw inlinePolicyNotFound(kind, policyName);
  return document;
}

export function deleteInline(ctx: OperationContext, kind: EntityKind, name: string, policyName: string): Record<string, never> {
  const holder = holderOf(ctx, kind, name);
  if (holder.inlinePolicies[policyName] === undefined) throw inlinePolicyNotFound(kind, policyName);
  delete holder.inlinePolicies[policyName];
  return {};
}

export type PagingInput = { Marker?: string; MaxItems?: number };

export function listInline(ctx: OperationContext, kind: EntityKind, name: string, input: PagingInput) {
  const names = Object.keys(holderOf(ctx, kind, name).inlinePolicies).sort(byName((n: string) => n));
  const page = iamPage(names, input.MaxItems, input.Marker);
  return { PolicyNames: page.items, ...pagingOf(page) };
}

/** Attaching twice is no error; an unknown ARN is "does not exist or is not attachable". */
export function attach(ctx: OperationContext, kind: EntityKind, name: string, policyArn: string): Record<string, never> {
  const holder = holderOf(ctx, kind, name);
  if (!managedPolicyByArn(ctx.account, policyArn)) throw policyNotAttachable(policyArn);
  if (!holder.attachedPolicyArns.includes(policyArn)) holder.attachedPolicyArns.push(policyArn);
  return {};
}

/** Detaching what is not attached: moto's wording "Policy <arn> was not found." (AWS's unconfirmed). */
export function detach(ctx: OperationContext, kind: EntityKind, name: string, policyArn: string): Record<string, never> {
  const holder = holderOf(ctx, kind, name);
  if (!holder.attachedPolicyArns.includes(policyArn)) throw noSuchEntity(`Policy ${policyArn} was not found.`);
  holder.attachedPolicyArns = holder.attachedPolicyArns.filter((arn) => arn !== policyArn);
  return {};
}

export function listAttached(ctx: OperationContext, kind: EntityKind, name: string, input: PagingInput & { PathPrefix?: string }) {
  const prefix = input.PathPrefix ?? '/';
  const attached = holderOf(ctx, kind, name)
    .attachedPolicyArns.flatMap((arn) => {
      const policy = managedPolicyByArn(ctx.account, arn);
      return policy && policy.path.startsWith(prefix) ? [{ PolicyName: policy.policyName, PolicyArn: arn }] : [];
    })
    .sort(byName((p) => p.PolicyName));
  const page = iamPage(attached, input.MaxItems, input.Marker);
  return { AttachedPolicies: page.items, ...pagingOf(page) };
}
