/**
 * Node composition root for the loopback endpoint:
 *
 *   npm run endpoint -- --port N [--state FILE]
 *
 * serves the same engine the browser runs on http://127.0.0.1:N for every service, so the
 * real AWS CLI, boto3 and SDKs can be pointed at it with --endpoint-url. Prints
 * `ready http://127.0.0.1:N` once it accepts connections (scripts wait for that line).
 */
import { createAccount, randomIds, systemClock, type Account, type Platform } from './engine/index.ts';
import { ENDPOINT_USAGE, parseEndpointArgs } from './node/parseEndpointArgs.ts';
import { serveLoopback } from './node/serveLoopback.ts';
import { saveThrottle } from './node/saveThrottle.ts';
import { loadAccount, saveAccount } from './node/stateFile.ts';

function fail(message: string): never {
  console.error(`endpoint: ${message}`);
  process.exit(1);
}

/**
 * Saves after a call that changed the account, before its response goes out — or, in a burst
 * of changes, once when the burst's gap is over (node/saveThrottle.ts). Stopping saves everything.
 */
function persistChanges(account: Account, stateFile: string): void {
  const throttle = saveThrottle(() => {
    try {
      saveAccount(account, stateFile);
    } catch (error) {
      // The engine ignores a failing listener; the learner must still hear that nothing was saved.
      console.error(`endpoint: could not save the account to ${stateFile}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  account.listeners.add((event) => (event.type === 'time' || event.mutating) && throttle.changed());
}

async function main() {
  const args = parseEndpointArgs(process.argv.slice(2));
  if (!args.ok) fail(`${args.error}\n${ENDPOINT_USAGE}`);
  const { port, stateFile } = args.value;
  const platform: Platform = { clock: systemClock, ids: randomIds(globalThis.crypto), crypto: globalThis.crypto };
  let account: Account;
  if (stateFile) {
    const loaded = await loadAccount(platform, stateFile);
    // A state file we cannot read is left untouched: it may be the learner's only copy.
    if (!loaded.ok) fail(`cannot restore the account. ${loaded.error}`);
    account = loaded.value;
    persistChanges(account, stateFile);
  } else {
    account = await createAccount(platform);
  }
  const server = await serveLoopback(account, port).catch((error: Error) => fail(`cannot listen on 127.0.0.1:${port}: ${error.message}`));
  const stop = async () => {
    if (stateFile) saveAccount(account, stateFile);
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  console.log(`ready ${server.url}`);
}

void main();
