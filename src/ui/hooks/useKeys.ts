/** The learner's keys, re-read whenever a call changes the account or simulated time moves. */
import { useEffect, useState } from 'react';
import type { CallFailure } from '../../client/engineClient.ts';
import { loadKeys, type KeyRow } from '../kms/loadKeys.ts';
import { useSession } from './useSession.ts';

export type KeysState = { readonly keys: readonly KeyRow[]; readonly loading: boolean; readonly error?: CallFailure };

export function useKeys(): KeysState & { refresh: () => void } {
  const { client, principalArn } = useSession();
  const [state, setState] = useState<KeysState>({ keys: [], loading: true });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let disposed = false;
    let latest = 0;
    const reload = async () => {
      // Only the newest answer may land, or a slow early read could overwrite a fresh one.
      const ticket = ++latest;
      const result = await loadKeys(client, principalArn);
      if (disposed || ticket !== latest) return;
      setState(result.ok ? { keys: result.value, loading: false } : { keys: [], loading: false, error: result.error });
    };
    void reload();
    const unsubscribe = client.subscribe((event) => {
      if (event.type === 'time' || event.mutating) void reload();
    });
    return () => {
      disposed = true;
      unsubscribe();
    };
  }, [client, principalArn, generation]);

  return { ...state, refresh: () => setGeneration((g) => g + 1) };
}
