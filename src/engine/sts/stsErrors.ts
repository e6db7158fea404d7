/**
 * STS errors in AWS's wording. "User: <arn> is not authorized to perform: sts:AssumeRole on
 * resource: <role arn>" and "The requested DurationSeconds exceeds the MaxSessionDuration set
 * for this role." are quoted verbatim in many public issue threads (aws-cli, Terraform,
 * boto3); the role-chaining text likewise ("… the 1 hour session limit for roles assumed by
 * role chaining.").
 */
import { AwsError } from '../errors.ts';

const sts = (code: string, message: string, status = 400) => new AwsError(code, message, status, 'sts');

export const assumeRoleDenied = (callerArn: string, roleArn: string) =>
  sts('AccessDenied', `User: ${callerArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`, 403);

export const durationOverRoleMax = () => sts('ValidationError', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
export const durationOverChainLimit = () => sts('ValidationError', 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
