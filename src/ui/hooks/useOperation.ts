/** Runs one AWS operation as the signed-in principal and says whether it is still running. */
import { useCallback, useState } from 'react';
import type { CallFailure, InputOf, OperationId, OutputOf } from '../../client/engineClient.ts';
import type { Result } from '../../shared/result.ts';
import { useSession } from './useSession.ts';

export function useOperation() {
  const { client, principalArn } = useSession();
  const [pending, setPending] = useState(0);
  const run = useCallback(
    async <Op extends OperationId>(op: Op, input: InputOf<Op>): Promise<Result<OutputOf<Op>, CallFailure>> => {
      setPending((n) => n + 1);
      try {
        return await client.call(op, input, { as: principalArn });
      } finally {
        setPending((n) => n - 1);
      }
    },
    [client, principalArn],
  );
  return { run, pending: pending > 0 };
}
