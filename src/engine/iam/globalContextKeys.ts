/**
 * The aws:* condition keys every request carries (IAM User Guide, "AWS global condition
 * context keys"). aws:PrincipalArn of an assumed-role session is the role's ARN; aws:username
 * exists only for IAM users; aws:userid is AIDA… for users, AROA…:session for sessions and
 * the account id for the root user. aws:CalledVia is not set: AWS fills it only for the few
 * services that forward calls with CalledVia (Athena, CloudFormation, …), and S3's calls to
 * KMS show up as aws:ViaAWSService and kms:ViaService instead. A service principal acting for a
 * resource (CloudTrail writing a trail's log file) carries aws:SourceArn and aws:SourceAccount,
 * which AWS's documented bucket and key policies for CloudTrail test.
 */
import type { OperationContext } from '../operation.ts';
import type { ContextValue } from '../policy/requestContext.ts';
import { roleArnOfSession } from './requestPrincipal.ts';

const PRINCIPAL_TYPE: Record<string, string> = { IAMUser: 'User', AssumedRole: 'AssumedRole', Root: 'Account', AWSService: 'Service', Anonymous: 'Anonymous' };
const IP = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*)$/;

// Calls come many to a second: the second's two time strings are made once.
let second = { ms: NaN, currentTime: '', epochTime: '' };

function timeKeys(now: number) {
  const ms = Math.floor(now / 1000) * 1000;
  if (second.ms !== ms) second = { ms, currentTime: new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'), epochTime: String(ms / 1000) };
  return second;
}

export function globalContextKeys(ctx: OperationContext): Record<string, ContextValue | undefined> {
  const { principal, source } = ctx;
  // Anonymous callers and AWS service principals have no ARN or account of their own to match.
  const known = principal.type !== 'Anonymous' && principal.type !== 'AWSService';
  const service = principal.type === 'AWSService';
  const time = timeKeys(ctx.now);
  return {
    'aws:PrincipalArn': known ? (roleArnOfSession(principal.arn) ?? principal.arn) : undefined,
    'aws:PrincipalAccount': known ? principal.accountId : undefined,
    'aws:PrincipalType': PRINCIPAL_TYPE[principal.type],
    'aws:username': principal.type === 'IAMUser' ? principal.userName : undefined,
    'aws:userid': known ? (principal.type === 'Root' ? principal.accountId : principal.principalId) : undefined,
    'aws:CurrentTime': time.currentTime,
    'aws:EpochTime': time.epochTime,
    'aws:SecureTransport': String(source.secureTransport ?? false),
    'aws:SourceIp': IP.test(source.sourceIp) ? source.sourceIp : undefined,
    'aws:ViaAWSService': String(source.viaService !== undefined),
    'aws:PrincipalIsAWSService': String(service),
    'aws:PrincipalServiceName': service ? principal.principalId : undefined,
    'aws:SourceArn': principal.serviceSource?.sourceArn,
    'aws:SourceAccount': principal.serviceSource?.sourceAccount,
  };
}
