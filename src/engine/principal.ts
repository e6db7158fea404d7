/**
 * Who is calling. Over the wire the principal comes from a verified SigV4 access key; in the
 * console it is the principal chosen in the header's switcher.
 */
export type Principal = {
  readonly type: 'IAMUser' | 'AssumedRole' | 'Root' | 'AWSService' | 'Anonymous';
  readonly arn: string;
  readonly accountId: string;
  /** AIDA… for users, AROA…:session for assumed roles. */
  readonly principalId: string;
  readonly userName?: string;
  readonly accessKeyId?: string;
  /**
   * For assumed roles: when the session began and whether MFA was used (CloudTrail's
   * sessionContext.attributes). The issuing role is read from the assumed-role ARN.
   */
  readonly session?: { readonly creationDate: number; readonly mfaAuthenticated: boolean; readonly issuerArn?: string };
  /** For an AWS service acting for a resource of this account (CloudTrail delivering a trail's logs): aws:SourceArn and aws:SourceAccount. */
  readonly serviceSource?: { readonly sourceArn?: string; readonly sourceAccount?: string };
};

/** How a call names its caller before authentication. */
export type Caller =
  | { readonly kind: 'principal'; readonly arn: string }
  | { readonly kind: 'accessKey'; readonly accessKeyId: string }
  | { readonly kind: 'anonymous' }
  /** An AWS service principal (cloudtrail.amazonaws.com) acting for one of the account's resources. */
  | { readonly kind: 'service'; readonly service: string; readonly sourceArn?: string; readonly sourceAccount?: string };
