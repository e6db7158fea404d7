/** What subscribers (console panels, lab checks) hear after each call. */
export type EngineEvent =
  | {
      readonly type: 'call';
      readonly action: string;
      readonly ok: boolean;
      /** False for reads and for crypto operations that leave the account as it was. */
      readonly mutating: boolean;
      readonly requestId: string;
      /** The AWS error code of a failed call, so lab checks can tell which error the learner saw. */
      readonly errorCode?: string;
    }
  | { readonly type: 'time'; readonly now: number };

export function emit(listeners: Iterable<(event: EngineEvent) => void>, event: EngineEvent): void {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch {
      // A failing subscriber (a panel) must not break the call that already happened.
    }
  }
}
