/**
 * Lines run on the learner's behalf (the lab panel's "Show me") go through the same shell as
 * the terminal; the terminal listens here to print them as if they had been typed. Tiny on
 * purpose: the lab panel imports it without pulling in xterm.js or the CLI.
 */
export type FedLine = { readonly line: string; readonly stdout: Uint8Array; readonly stderr: string };

const listeners = new Set<(fed: FedLine) => void>();

export const terminalFeed = {
  publish(fed: FedLine): void {
    for (const listener of [...listeners]) listener(fed);
  },
  subscribe(listener: (fed: FedLine) => void): () => void {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};
