/**
 * What is wrong with a policy document, as data: a stable code, the path to the element
 * (`Statement[1].Principal.AWS`), and AWS's message where AWS has been seen to return one.
 * IAM and KMS word the same problem differently, so each service picks its own message.
 */
export type PolicyProblemCode =
  | 'notJson'
  | 'notAnObject'
  | 'noStatement'
  | 'badEffect'
  | 'missingAction'
  | 'missingResource'
  | 'missingPrincipal'
  | 'prohibitedPrincipal'
  | 'invalidPrincipal'
  | 'conflictingElements'
  | 'badCondition'
  | 'badValue';

export type PolicyProblem = { readonly code: PolicyProblemCode; readonly path: string; readonly detail: string };

/**
 * IAM's MalformedPolicyDocument messages. Confirmed in public error reports: "Syntax errors in
 * policy." (cloudandthings/terraform-aws-clickops-notifier#13) and "Policy document should not
 * specify a principal." (hashicorp/terraform-provider-aws#10419). The others are the wording
 * seen in AWS console and CLI output quoted in forums; not confirmed byte for byte.
 */
export function iamProblemMessage(problem: PolicyProblem): string {
  switch (problem.code) {
    case 'prohibitedPrincipal':
      return 'Policy document should not specify a principal.';
    case 'missingPrincipal':
      return 'Missing required field Principal';
    case 'invalidPrincipal':
      return `Invalid principal in policy: ${problem.detail}`;
    case 'missingAction':
      return 'Policy statement must contain actions.';
    case 'missingResource':
      return 'Policy statement must contain resources.';
    default:
      return 'Syntax errors in policy.';
  }
}

/**
 * KMS's MalformedPolicyDocumentException messages. "Policy contains a statement with one or more
 * invalid principals." is AWS's text (aws-samples/siem-on-amazon-opensearch-service#32); a
 * document KMS cannot read at all gets an empty message (aws/aws-sdk-ruby#1784). For the other
 * structural problems no AWS text was found, so KMS Lab answers with the empty message too.
 */
export function kmsProblemMessage(problem: PolicyProblem): string {
  return problem.code === 'invalidPrincipal' || problem.code === 'missingPrincipal'
    ? 'Policy contains a statement with one or more invalid principals.'
    : '';
}
