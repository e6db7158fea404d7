/**
 * The simulated clock in the top bar, with fast-forward. It runs with the wall clock until a
 * lab fast-forwards it, so it is re-read every second and whenever the engine says time moved.
 * Until the engine has loaded there is no simulated time to show, and nothing to fast-forward.
 */
import type { TopNavigationProps } from '@cloudscape-design/components/top-navigation';
import { useEffect, useState } from 'react';
import type { TranslationKey } from '../../i18n/i18n.ts';
import { useLocale } from '../hooks/useLocale.ts';
import { useNotify } from '../hooks/useNotify.ts';
import { useOptionalSession } from '../hooks/useSession.ts';

const HOUR = 3_600_000;
export const FAST_FORWARDS: readonly { id: string; ms: number; label: TranslationKey }[] = [
  { id: '1h', ms: HOUR, label: 'clock.hour' },
  { id: '1d', ms: 24 * HOUR, label: 'clock.day' },
  { id: '7d', ms: 7 * 24 * HOUR, label: 'clock.week' },
  { id: '30d', ms: 30 * 24 * HOUR, label: 'clock.month' },
  { id: '1y', ms: 365 * 24 * HOUR, label: 'clock.year' },
];

export function useClockMenu(): TopNavigationProps.Utility {
  const { locale, t } = useLocale();
  const client = useOptionalSession()?.client;
  const notify = useNotify();
  const [now, setNow] = useState(() => client?.now());

  useEffect(() => {
    if (!client) return;
    const tick = () => setNow(client.now());
    const timer = setInterval(tick, 1000);
    const unsubscribe = client.subscribe((event) => event.type === 'time' && tick());
    tick();
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, [client]);

  const formatted = now === undefined ? t('clock.loading') : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(now));
  return {
    type: 'menu-dropdown',
    text: formatted,
    iconName: 'calendar',
    description: t('clock.title'),
    ariaLabel: `${formatted}, ${t('clock.title')}`,
    items: [{ id: 'ff', text: t('clock.fastForward'), items: FAST_FORWARDS.map((f) => ({ id: f.id, text: t(f.label) })) }],
    onItemClick: ({ detail }) => {
      const step = FAST_FORWARDS.find((f) => f.id === detail.id);
      if (!step || !client) return;
      void client.advanceClock(step.ms).then((moved) => {
        if (moved.ok) notify.success('clock.moved', { label: t(step.label) });
        else notify.error(moved.error);
      });
    },
  };
}
