/**
 * JSON schemas for the policy editor: key policies, IAM (identity) policies and bucket
 * policies. They drive Monaco's completion (element names, Effect, action names, condition
 * operators and keys) and its first, structural squiggles; what the service itself would
 * refuse comes from the engine's validator (policyMarkers.ts), in AWS's words.
 * Unknown action names and condition keys stay allowed: IAM accepts them too.
 */
import type { PolicyDocumentKind } from '../../client/policyDiagnostics.ts';
import { CONDITION_OPERATORS } from './conditionVocabulary.ts';

export type PolicyElement = 'Version' | 'Id' | 'Statement' | 'Sid' | 'Effect' | 'Principal' | 'Action' | 'Resource' | 'Condition';

export type PolicySchemaInput = {
  readonly kind: PolicyDocumentKind;
  readonly actions: readonly string[];
  readonly conditionKeys: readonly string[];
  /** Hover text per element, in the learner's language. */
  readonly descriptions?: Readonly<Partial<Record<PolicyElement, string>>>;
};

type Schema = Record<string, unknown>;

const oneOrMany = (item: Schema): Schema => ({ anyOf: [item, { type: 'array', items: item, minItems: 1 }] });
const scalar: Schema = { type: ['string', 'number', 'boolean'] };
/** `kms:Encrypt`, `kms:Get*`, `*`: the service prefix is lower case, as AWS writes it. */
const ACTION_PATTERN = '^(\\*|[a-z0-9-]+:[A-Za-z0-9*?]+)$';

/** `ForAnyValue:StringLikeIfExists` and friends: qualifier, base operator, IfExists. */
export const conditionOperatorPattern = (): string =>
  `^((ForAnyValue|ForAllValues):)?(${CONDITION_OPERATORS.filter((o) => o !== 'Null').join('|')})(IfExists)?$|^Null$`;

export function createPolicySchema({ kind, actions, conditionKeys, descriptions = {} }: PolicySchemaInput): Schema {
  const d = (element: PolicyElement) => (descriptions[element] === undefined ? {} : { description: descriptions[element] });
  const action = oneOrMany({ anyOf: [{ enum: [...actions] }, { type: 'string', pattern: ACTION_PATTERN }] });
  const conditionBlock: Schema = {
    type: 'object',
    properties: Object.fromEntries(conditionKeys.map((key) => [key, oneOrMany(scalar)])),
    additionalProperties: oneOrMany(scalar),
  };
  const principal: Schema = {
    anyOf: [
      { const: '*' },
      {
        type: 'object',
        properties: Object.fromEntries(['AWS', 'Service', 'Federated', 'CanonicalUser'].map((type) => [type, oneOrMany({ type: 'string' })])),
        additionalProperties: false,
        minProperties: 1,
      },
    ],
  };
  const statement: Schema = {
    type: 'object',
    properties: {
      Sid: { type: 'string', ...d('Sid') },
      Effect: { enum: ['Allow', 'Deny'], ...d('Effect') },
      // Identity policies name no principal: the element is not offered there.
      ...(kind === 'iamPolicy' ? {} : { Principal: { ...principal, ...d('Principal') }, NotPrincipal: principal }),
      Action: { ...action, ...d('Action') },
      NotAction: action,
      Resource: { ...oneOrMany({ type: 'string' }), ...d('Resource') },
      NotResource: oneOrMany({ type: 'string' }),
      Condition: {
        type: 'object',
        ...d('Condition'),
        properties: Object.fromEntries(CONDITION_OPERATORS.map((op) => [op, conditionBlock])),
        patternProperties: { [conditionOperatorPattern()]: conditionBlock },
        additionalProperties: false,
      },
    },
    required: ['Effect'],
    additionalProperties: false,
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties: {
      Version: { enum: ['2012-10-17', '2008-10-17'], ...d('Version') },
      Id: { type: 'string', ...d('Id') },
      Statement: { ...oneOrMany(statement), ...d('Statement') },
    },
    required: ['Statement'],
    additionalProperties: false,
  };
}
