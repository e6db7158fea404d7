/**
 * EngineClient: the one door from the UI, the CLI and the lab runner into the engine. It
 * resolves every call to a Result and never rejects for an AWS error, so no panel writes
 * try/catch around an engine call.
 */
import {
  advanceClock, consoleCredentials, dispatch, explainKmsAccess, handleHttp, isAwsError, nowOf, peekObject,
  type Account, type AccountState, type CallFailure, type ConsoleCredentials, type Decision, type EngineEvent, type InputOf, type KmsAccessQuestion, type OperationId, type OutputOf,
  type WireRequest, type WireResponse,
} from '../engine/index.ts';
import type { Result } from '../shared/result.ts';
import { createSdkRequestHandler, type SdkRequestHandler } from './sdkRequestHandler.ts';

// The UI may not import the engine, so the types it needs to read results pass through here.
export type { CallFailure, Decision, EngineEvent, InputOf, KmsAccessQuestion, OperationId, OutputOf } from '../engine/index.ts';
export type { ConsoleCredentials, WireRequest, WireResponse } from '../engine/index.ts';

export type CallOptions = {
  /** The principal the console is signed in as (an IAM ARN); defaults to the client's. */
  readonly as?: string;
};

export interface EngineClient {
  call<Op extends OperationId>(op: Op, input: InputOf<Op>, options?: CallOptions): Promise<Result<OutputOf<Op>, CallFailure>>;
  subscribe(listener: (event: EngineEvent) => void): () => void;
  /** A read-only copy of the state, for lab checks and the state inspector. Never key material. */
  inspect(): AccountState;
  /** Simulated time in ms. */
  now(): number;
  /** Fast-forwards the simulated clock; due deletions and rotations happen on the way. */
  advanceClock(ms: number): Promise<Result<number, CallFailure>>;
  /**
   * A requestHandler for real @aws-sdk v3 clients (the CLI, the SDK playground): their
   * requests are SigV4-signed and go through the wire protocol, as they would to AWS.
   */
  sdkRequestHandler(): SdkRequestHandler;
  /**
   * Read-only: would this principal be allowed this KMS action on this key now (key policy, IAM
   * policies, grants)? No call is made, nothing is recorded. `undefined` value: no such key.
   */
  explainKmsAccess(question: KmsAccessQuestion): Result<Decision | undefined, CallFailure>;
  /**
   * One raw HTTP request to the simulated AWS, answered as AWS answers it (status, headers,
   * body): the door the object-URL service worker relays browser tabs through.
   */
  handleWire(request: WireRequest): Promise<WireResponse>;
  /**
   * Read-only, for lab checks: the bytes of an SSE-S3 object (a delivered CloudTrail log file).
   * No call is made, nothing is recorded; undefined when there is no such SSE-S3 object.
   */
  peekObject(bucket: string, key: string): Promise<Uint8Array | undefined>;
  /** What the console signs with as this principal (presigned URLs): a role's console session or a user's access key. */
  consoleCredentials(principalArn?: string): Result<ConsoleCredentials, CallFailure>;
}

export function createInProcessClient(account: Account, defaultPrincipalArn: string): EngineClient {
  return createClientOver(() => account, (listener) => {
    account.listeners.add(listener);
    return () => void account.listeners.delete(listener);
  }, defaultPrincipalArn);
}

/**
 * The client over whichever account `current` returns, so the account behind it can be
 * replaced (reset, import) without the UI, CLI or runner holding a stale one.
 */
export function createClientOver(
  current: () => Account,
  subscribe: EngineClient['subscribe'],
  defaultPrincipalArn: string,
): EngineClient {
  return {
    async call(op, input, options) {
      const caller = { kind: 'principal', arn: options?.as ?? defaultPrincipalArn } as const;
      const outcome = await dispatch(current(), { action: op, input, caller, source: CONSOLE });
      return outcome.ok ? { ok: true, value: outcome.value as OutputOf<typeof op> } : { ok: false, error: outcome.error };
    },
    subscribe,
    inspect: () => structuredClone(current().state),
    // The account is looked up per request: a terminal opened before a reset or an import talks to the new one.
    sdkRequestHandler: () => createSdkRequestHandler(current),
    now: () => nowOf(current()),
    explainKmsAccess(question) {
      try {
        return { ok: true, value: explainKmsAccess(current(), question) };
      } catch (error) {
        if (!isAwsError(error)) throw error;
        return { ok: false, error: { ...error.toJSON(), requestId: '' } };
      }
    },
    handleWire: (request) => handleHttp(current(), request),
    peekObject: (bucket, key) => peekObject(current(), bucket, key),
    consoleCredentials(principalArn = defaultPrincipalArn) {
      const credentials = consoleCredentials(current(), principalArn);
      if (credentials) return { ok: true, value: credentials };
      const message = `The lab signs as ${principalArn} with its active access key, and it has none.`;
      return { ok: false, error: { code: 'NoConsoleCredentials', message, httpStatus: 400, service: 'lab', requestId: '' } };
    },
    async advanceClock(ms) {
      try {
        return { ok: true, value: await advanceClock(current(), ms) };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: 'ValidationException', message, httpStatus: 400, service: 'lab', requestId: '' } };
      }
    },
  };
}

/** What the console's own calls look like in CloudTrail. */
const CONSOLE = { sourceIp: 'AWS Internal', userAgent: 'AWS Internal', secureTransport: true } as const;
