/**
 * The console's flash bar. An AWS error keeps AWS's code and message; when authorization
 * decided it, "Why was this denied?" opens the evaluator's explanation.
 */
import Button from '@cloudscape-design/components/button';
import Flashbar, { type FlashbarProps } from '@cloudscape-design/components/flashbar';
import { useEffect } from 'react';
import type { CallFailure } from '../../client/engineClient.ts';
import { AwsErrorDetails } from '../components/AwsErrorDetails.tsx';
import type { Flash } from '../hooks/useFlashes.ts';
import { useLocale } from '../hooks/useLocale.ts';

type Props = { flashes: readonly Flash[]; onDismiss: (id: string) => void; onExplain: (failure: CallFailure) => void };

export function Notifications({ flashes, onDismiss, onExplain }: Props) {
  const { t } = useLocale();
  // The flash bar sits above the content: an error raised by a button far down the page (Upload)
  // would otherwise appear where the learner cannot see it.
  const newestError = flashes[0]?.kind === 'error' ? flashes[0].id : undefined;
  useEffect(() => {
    if (newestError) window.scrollTo({ top: 0 });
  }, [newestError]);
  const items = flashes.map((flash): FlashbarProps.MessageDefinition => ({
    id: flash.id,
    type: flash.kind === 'success' ? 'success' : 'error',
    dismissible: true,
    dismissLabel: t('app.dismiss'),
    onDismiss: () => onDismiss(flash.id),
    ...(flash.kind === 'success'
      ? { content: t(flash.key, flash.params) }
      : flash.kind === 'problem'
      ? { content: t(`account.problem.${flash.problem}`) }
      : {
          header: flash.failure.code,
          content: <AwsErrorDetails failure={flash.failure} />,
          action: flash.failure.decision ? <Button onClick={() => onExplain(flash.failure)}>{t('denied.why')}</Button> : undefined,
        }),
  }));
  return <Flashbar items={items} />;
}
