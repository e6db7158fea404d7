/** Browser composition root: the only UI-side file that imports the engine. */
import { createRoot } from 'react-dom/client';
import { createAccount, randomIds, systemClock } from './engine/index.ts';

const account = await createAccount({ clock: systemClock, ids: randomIds(crypto), crypto });
createRoot(document.getElementById('root')!).render(<p>KMS Lab — account {account.facts.accountId}</p>);
