/** IAM operations, keyed by IAM action. */
import type { Handler } from '../operation.ts';
import { addUserToGroup } from './addUserToGroup.ts';
import { attachGroupPolicy } from './attachGroupPolicy.ts';
import { attachRolePolicy } from './attachRolePolicy.ts';
import { attachUserPolicy } from './attachUserPolicy.ts';
import { createAccessKey } from './createAccessKey.ts';
import { createGroup } from './createGroup.ts';
import { createPolicy } from './createPolicy.ts';
import { createPolicyVersion } from './createPolicyVersion.ts';
import { createRole } from './createRole.ts';
import { createUser } from './createUser.ts';
import { deleteAccessKey } from './deleteAccessKey.ts';
import { deleteGroup } from './deleteGroup.ts';
import { deleteGroupPolicy } from './deleteGroupPolicy.ts';
import { deletePolicy } from './deletePolicy.ts';
import { deletePolicyVersion } from './deletePolicyVersion.ts';
import { deleteRole } from './deleteRole.ts';
import { deleteRolePolicy } from './deleteRolePolicy.ts';
import { deleteUser } from './deleteUser.ts';
import { deleteUserPolicy } from './deleteUserPolicy.ts';
import { detachGroupPolicy } from './detachGroupPolicy.ts';
import { detachRolePolicy } from './detachRolePolicy.ts';
import { detachUserPolicy } from './detachUserPolicy.ts';
import { getAccessKeyLastUsed } from './getAccessKeyLastUsed.ts';
import { getGroup } from './getGroup.ts';
import { getGroupPolicy } from './getGroupPolicy.ts';
import { getPolicy } from './getPolicy.ts';
import { getPolicyVersion } from './getPolicyVersion.ts';
import { getRole } from './getRole.ts';
import { getRolePolicy } from './getRolePolicy.ts';
import { getUser } from './getUser.ts';
import { getUserPolicy } from './getUserPolicy.ts';
import { listAccessKeys } from './listAccessKeys.ts';
import { listAttachedGroupPolicies } from './listAttachedGroupPolicies.ts';
import { listAttachedRolePolicies } from './listAttachedRolePolicies.ts';
import { listAttachedUserPolicies } from './listAttachedUserPolicies.ts';
import { listGroupPolicies } from './listGroupPolicies.ts';
import { listGroups } from './listGroups.ts';
import { listGroupsForUser } from './listGroupsForUser.ts';
import { listPolicies } from './listPolicies.ts';
import { listPolicyVersions } from './listPolicyVersions.ts';
import { listRolePolicies } from './listRolePolicies.ts';
import { listRoles } from './listRoles.ts';
import { listUserPolicies } from './listUserPolicies.ts';
import { listUsers } from './listUsers.ts';
import { putGroupPolicy } from './putGroupPolicy.ts';
import { putRolePolicy } from './putRolePolicy.ts';
import { putUserPolicy } from './putUserPolicy.ts';
import { removeUserFromGroup } from './removeUserFromGroup.ts';
import { setDefaultPolicyVersion } from './setDefaultPolicyVersion.ts';
import { updateAccessKey } from './updateAccessKey.ts';
import { updateAssumeRolePolicy } from './updateAssumeRolePolicy.ts';

export const iamOperations = {
  'iam:AddUserToGroup': addUserToGroup,
  'iam:AttachGroupPolicy': attachGroupPolicy,
  'iam:AttachRolePolicy': attachRolePolicy,
  'iam:AttachUserPolicy': attachUserPolicy,
  'iam:CreateAccessKey': createAccessKey,
  'iam:CreateGroup': createGroup,
  'iam:CreatePolicy': createPolicy,
  'iam:CreatePolicyVersion': createPolicyVersion,
  'iam:CreateRole': createRole,
  'iam:CreateUser': createUser,
  'iam:DeleteAccessKey': deleteAccessKey,
  'iam:DeleteGroup': deleteGroup,
  'iam:DeleteGroupPolicy': deleteGroupPolicy,
  'iam:DeletePolicy': deletePolicy,
  'iam:DeletePolicyVersion': deletePolicyVersion,
  'iam:DeleteRole': deleteRole,
  'iam:DeleteRolePolicy': deleteRolePolicy,
  'iam:DeleteUser': deleteUser,
  'iam:DeleteUserPolicy': deleteUserPolicy,
  'iam:DetachGroupPolicy': detachGroupPolicy,
  'iam:DetachRolePolicy': detachRolePolicy,
  'iam:DetachUserPolicy': detachUserPolicy,
  'iam:GetAccessKeyLastUsed': getAccessKeyLastUsed,
  'iam:GetGroup': getGroup,
  'iam:GetGroupPolicy': getGroupPolicy,
  'iam:GetPolicy': getPolicy,
  'iam:GetPolicyVersion': getPolicyVersion,
  'iam:GetRole': getRole,
  'iam:GetRolePolicy': getRolePolicy,
  'iam:GetUser': getUser,
  'iam:GetUserPolicy': getUserPolicy,
  'iam:ListAccessKeys': listAccessKeys,
  'iam:ListAttachedGroupPolicies': listAttachedGroupPolicies,
  'iam:ListAttachedRolePolicies': listAttachedRolePolicies,
  'iam:ListAttachedUserPolicies': listAttachedUserPolicies,
  'iam:ListGroupPolicies': listGroupPolicies,
  'iam:ListGroups': listGroups,
  'iam:ListGroupsForUser': listGroupsForUser,
  'iam:ListPolicies': listPolicies,
  'iam:ListPolicyVersions': listPolicyVersions,
  'iam:ListRolePolicies': listRolePolicies,
  'iam:ListRoles': listRoles,
  'iam:ListUserPolicies': listUserPolicies,
  'iam:ListUsers': listUsers,
  'iam:PutGroupPolicy': putGroupPolicy,
  'iam:PutRolePolicy': putRolePolicy,
  'iam:PutUserPolicy': putUserPolicy,
  'iam:RemoveUserFromGroup': removeUserFromGroup,
  'iam:SetDefaultPolicyVersion': setDefaultPolicyVersion,
  'iam:UpdateAccessKey': updateAccessKey,
  'iam:UpdateAssumeRolePolicy': updateAssumeRolePolicy,
} satisfies Record<`iam:${string}`, Handler>;
