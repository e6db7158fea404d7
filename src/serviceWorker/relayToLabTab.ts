/**
 * Finds a lab tab and asks it to answer one S3 request. The engine lives in the lab tab (its
 * account, its HSM keys), so the worker only relays: one MessageChannel per request. Lab tabs
 * are asked most recently focused first — the tab the learner clicked "Open" in — and tabs
 * showing object URLs themselves are skipped. No answer means no lab is open.
 */
import { isRelayResponse, OBJECT_URL_PREFIX, type RelayRequest, type RelayResponse } from '../shared/objectUrlRelay.ts';

export type LabTab = { readonly url: string; postMessage(message: unknown, transfer: Transferable[]): void };
export type LabTabs = { matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly LabTab[]> };

/** Long enough for a cold KMS Decrypt in a background tab; short enough to say something. */
export const LAB_TAB_TIMEOUT_MS = 8000;

function ask(tab: LabTab, request: RelayRequest, timeoutMs: number): Promise<RelayResponse | undefined> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    function finish(answer: RelayResponse | undefined) {
      clearTimeout(timer);
      channel.port1.close();
      resolve(answer);
    }
    channel.port1.onmessage = (event) => finish(isRelayResponse(event.data) ? event.data : undefined);
    tab.postMessage(request, [channel.port2]);
  });
}

const isLabTab = (tab: LabTab) => !new URL(tab.url).pathname.startsWith(`${OBJECT_URL_PREFIX}/`);

export async function relayToLabTab(tabs: LabTabs, request: RelayRequest, timeoutMs = LAB_TAB_TIMEOUT_MS): Promise<RelayResponse | undefined> {
  const candidates = (await tabs.matchAll({ type: 'window', includeUncontrolled: true })).filter(isLabTab);
  for (const tab of candidates) {
    const answer = await ask(tab, request, timeoutMs);
    if (answer) return answer;
  }
  return undefined;
}
