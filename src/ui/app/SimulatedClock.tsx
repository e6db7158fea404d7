/**
 * The account's simulated time. It runs with the wall clock until a lab fast-forwards it, so it
 * is re-read every second and whenever the engine says time moved.
 */
import Box from '@cloudscape-design/components/box';
import { useEffect, useState } from 'react';
import { useLocale } from './hooks/useLocale.ts';
import { useSession } from './hooks/useSession.ts';

export function SimulatedClock() {
  const { locale, t } = useLocale();
  const { client } = useSession();
  const [now, setNow] = useState(() => client.now());

  useEffect(() => {
    const tick = () => setNow(client.now());
    const timer = setInterval(tick, 1000);
    const unsubscribe = client.subscribe((event) => event.type === 'time' && tick());
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, [client]);

  const formatted = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(now));
  return (
    <span>
      {t('header.simulatedTime')}: <Box variant="code" display="inline">{formatted}</Box>
    </span>
  );
}
