/** The console's flash bar at the top of the page. */
import Flashbar, { type FlashbarProps } from '@cloudscape-design/components/flashbar';
import { AwsErrorDetails } from './AwsErrorDetails.tsx';
import type { Flash } from './hooks/useFlashes.ts';
import { useLocale } from './hooks/useLocale.ts';

export function Notifications({ flashes, onDismiss }: { flashes: readonly Flash[]; onDismiss: (id: string) => void }) {
  const { t } = useLocale();
  const items = flashes.map((flash): FlashbarProps.MessageDefinition => ({
    id: flash.id,
    type: flash.kind,
    dismissible: true,
    dismissLabel: t('app.dismiss'),
    onDismiss: () => onDismiss(flash.id),
    ...(flash.kind === 'success'
      ? { content: t(flash.key, flash.params) }
      : { header: flash.failure.code, content: <AwsErrorDetails failure={flash.failure} /> }),
  }));
  return <Flashbar items={items} />;
}
