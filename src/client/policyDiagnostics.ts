/**
 * The engine's policy validator for the policy editor (the UI may not import the engine):
 * every problem that would make KMS, IAM or S3 refuse the document, with the path to the
 * element and the error code and message the service answers with.
 */
import { iamProblemMessage, kmsProblemMessage, parsePolicy, type PolicyProblem, type PolicyProblemCode } from '../engine/index.ts';

export type PolicyDocumentKind = 'keyPolicy' | 'iamPolicy' | 'bucketPolicy';

export type PolicyDiagnostic = {
  readonly code: PolicyProblemCode;
  /** Where in the document: `Statement[1].Principal.AWS` ('' for the whole document). */
  readonly path: string;
  /** The parser's own English detail, for the learner (not AWS's text). */
  readonly detail: string;
  /** What the service answers: its error code and its message ('' where AWS sends none). */
  readonly errorCode: 'MalformedPolicyDocumentException' | 'MalformedPolicyDocument' | 'MalformedPolicy';
  readonly message: string;
};

/**
 * S3's MalformedPolicy wording: the texts the simulated S3 answers PutBucketPolicy with
 * (src/engine/s3/bucketPolicyDocument.ts, from LocalStack's AWS-recorded snapshots and moto).
 * "Invalid principal in policy" is seen in public AWS CLI output; not confirmed byte for byte.
 * For condition problems no AWS text was found: the message is left empty.
 */
function s3ProblemMessage(problem: PolicyProblem): string {
  switch (problem.code) {
    case 'notJson':
    case 'notAnObject':
      return problem.path === '' ? "Policies must be valid JSON and the first byte must be '{'" : '';
    case 'noStatement':
      return 'Missing required field Statement';
    case 'badEffect':
      return `Invalid effect: ${problem.detail}`;
    case 'missingPrincipal':
      return 'Missing required field Principal';
    case 'missingAction':
      return 'Missing required field Action';
    case 'missingResource':
      return 'Missing required field Resource';
    case 'invalidPrincipal':
      return 'Invalid principal in policy';
    default:
      return '';
  }
}

const asStatements = (json: unknown): unknown[] => {
  const statement = (json as { Statement?: unknown } | null)?.Statement;
  return Array.isArray(statement) ? statement : statement === undefined ? [] : [statement];
};

/** Bucket policies are resource policies that, unlike key policies, must name resources. */
function missingResources(text: string): PolicyProblem[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  return asStatements(json).flatMap((statement, index) =>
    typeof statement === 'object' && statement !== null && !('Resource' in statement) && !('NotResource' in statement)
      ? [{ code: 'missingResource' as const, path: `Statement[${index}]`, detail: 'Resource or NotResource' }]
      : []);
}

function problemsOf(text: string, kind: PolicyDocumentKind): readonly PolicyProblem[] {
  const parsed = parsePolicy(text, kind === 'iamPolicy' ? 'identity' : 'resource');
  const problems = parsed.ok ? [] : parsed.error;
  return kind === 'bucketPolicy' ? [...problems, ...missingResources(text).filter((m) => !problems.some((p) => p.code === m.code && p.path === m.path))] : problems;
}

/** Every problem the service would refuse `text` for; empty when it would accept it. */
export function checkPolicyText(text: string, kind: PolicyDocumentKind): PolicyDiagnostic[] {
  return problemsOf(text, kind).map((problem) => {
    switch (kind) {
      case 'keyPolicy':
        return { ...problem, errorCode: 'MalformedPolicyDocumentException', message: kmsProblemMessage(problem) };
      case 'iamPolicy':
        return { ...problem, errorCode: 'MalformedPolicyDocument', message: iamProblemMessage(problem) };
      case 'bucketPolicy':
        return { ...problem, errorCode: 'MalformedPolicy', message: s3ProblemMessage(problem) };
    }
  });
}
