/** Runs one KMS operation as the signed-in principal and says whether it is still running. */
import { useCallback, useState } from 'react';
import { callKms, type KmsApi, type KmsOperation, type KmsResult } from '../kms/kmsApi.ts';
import { useSession } from './useSession.ts';

export function useOperation() {
  const { client, principalArn } = useSession();
  const [pending, setPending] = useState(0);
  const run = useCallback(
    async <Op extends KmsOperation>(op: Op, input: KmsApi[Op]['input']): Promise<KmsResult<Op>> => {
      setPending((n) => n + 1);
      try {
        return await callKms(client, op, input, principalArn);
      } finally {
        setPending((n) => n - 1);
      }
    },
    [client, principalArn],
  );
  return { run, pending: pending > 0 };
}
