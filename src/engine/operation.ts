/** The contract every operation handler implements. */
import type { Account } from './account.ts';
import type { Principal } from './principal.ts';

export type CallSource = {
  /** The caller's address as CloudTrail shows it. */
  readonly sourceIp: string;
  readonly userAgent: string;
  /** Set when an AWS service calls on the principal's behalf (kms:ViaService). */
  readonly viaService?: string;
  readonly secureTransport?: boolean;
  /** How a wire request was signed; absent for console calls (which AWS signs with SigV4) and anonymous ones. */
  readonly signatureVersion?: 'SigV2' | 'SigV4';
};

export type OperationContext = {
  readonly account: Account;
  readonly principal: Principal;
  /** Simulated time at the start of the call, in ms. */
  readonly now: number;
  readonly requestId: string;
  readonly source: CallSource;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each handler names its own input type; dispatch validates against the model first
export type Handler<I = any, O = unknown> = (ctx: OperationContext, input: I) => Promise<O>;
