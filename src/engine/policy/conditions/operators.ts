/** Every condition operator KMS Lab understands, by name (looked up without regard to case). */
import type { ConditionOperator } from './conditionOperator.ts';
import { ArnEquals } from './ArnEquals.ts';
import { ArnLike } from './ArnLike.ts';
import { ArnNotEquals } from './ArnNotEquals.ts';
import { ArnNotLike } from './ArnNotLike.ts';
import { BinaryEquals } from './BinaryEquals.ts';
import { Bool } from './Bool.ts';
import { DateEquals } from './DateEquals.ts';
import { DateGreaterThan } from './DateGreaterThan.ts';
import { DateGreaterThanEquals } from './DateGreaterThanEquals.ts';
import { DateLessThan } from './DateLessThan.ts';
import { DateLessThanEquals } from './DateLessThanEquals.ts';
import { DateNotEquals } from './DateNotEquals.ts';
import { IpAddress } from './IpAddress.ts';
import { NotIpAddress } from './NotIpAddress.ts';
import { NumericEquals } from './NumericEquals.ts';
import { NumericGreaterThan } from './NumericGreaterThan.ts';
import { NumericGreaterThanEquals } from './NumericGreaterThanEquals.ts';
import { NumericLessThan } from './NumericLessThan.ts';
import { NumericLessThanEquals } from './NumericLessThanEquals.ts';
import { NumericNotEquals } from './NumericNotEquals.ts';
import { StringEquals } from './StringEquals.ts';
import { StringEqualsIgnoreCase } from './StringEqualsIgnoreCase.ts';
import { StringLike } from './StringLike.ts';
import { StringNotEquals } from './StringNotEquals.ts';
import { StringNotEqualsIgnoreCase } from './StringNotEqualsIgnoreCase.ts';
import { StringNotLike } from './StringNotLike.ts';

const ALL: readonly ConditionOperator[] = [
  StringEquals, StringNotEquals, StringEqualsIgnoreCase, StringNotEqualsIgnoreCase, StringLike, StringNotLike,
  ArnEquals, ArnLike, ArnNotEquals, ArnNotLike, Bool, BinaryEquals, IpAddress, NotIpAddress,
  NumericEquals, NumericNotEquals, NumericLessThan, NumericLessThanEquals, NumericGreaterThan, NumericGreaterThanEquals,
  DateEquals, DateNotEquals, DateLessThan, DateLessThanEquals, DateGreaterThan, DateGreaterThanEquals,
];

const BY_NAME = new Map(ALL.map((op) => [op.name.toLowerCase(), op]));

/** The operator for a base name (no qualifier, no IfExists); `Null` is handled on its own. */
export const findConditionOperator = (name: string): ConditionOperator | undefined => BY_NAME.get(name.toLowerCase());

export const isConditionOperator = (name: string): boolean => name.toLowerCase() === 'null' || BY_NAME.has(name.toLowerCase());
