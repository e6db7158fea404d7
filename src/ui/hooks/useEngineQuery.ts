/**
 * Reads something through the client and reads it again whenever a call changes the account,
 * simulated time moves, or the signed-in principal changes. Only the newest answer lands.
 * In the shell (the top bar) it may run before the engine has loaded: it stays loading until then.
 */
import { useCallback, useEffect, useState } from 'react';
import type { CallFailure, EngineClient } from '../../client/engineClient.ts';
import type { Result } from '../../shared/result.ts';
import { useOptionalSession } from './useSession.ts';

export type QueryState<T> =
  | { readonly status: 'loading'; readonly value?: undefined; readonly error?: undefined }
  | { readonly status: 'ok'; readonly value: T; readonly error?: undefined }
  | { readonly status: 'error'; readonly value?: undefined; readonly error: CallFailure };

export function useEngineQuery<T>(
  load: (client: EngineClient, as: string) => Promise<Result<T, CallFailure>>,
  deps: readonly unknown[],
): QueryState<T> & { refresh: () => void } {
  const session = useOptionalSession();
  const client = session?.client;
  const principalArn = session?.principalArn ?? '';
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  // The caller names what the loader depends on, as with useCallback itself.
  const stableLoad = useCallback(load, deps);

  useEffect(() => {
    if (!client) return;
    let disposed = false;
    let latest = 0;
    const reload = async () => {
      const ticket = ++latest;
      const result = await stableLoad(client, principalArn);
      if (disposed || ticket !== latest) return;
      setState(result.ok ? { status: 'ok', value: result.value } : { status: 'error', error: result.error });
    };
    void reload();
    const unsubscribe = client.subscribe((event) => {
      if (event.type === 'time' || event.mutating) void reload();
    });
    return () => {
      disposed = true;
      unsubscribe();
    };
  }, [client, principalArn, stableLoad, generation]);

  return { ...state, refresh: () => setGeneration((g) => g + 1) };
}
