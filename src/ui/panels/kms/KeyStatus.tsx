/** A key state as the console shows it: a coloured status with the translated state name. */
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { KeyState } from '../../kms/kmsApi.ts';
import { useLocale } from '../../hooks/useLocale.ts';

const INDICATOR: Record<KeyState, StatusIndicatorProps.Type> = {
  Enabled: 'success',
  Disabled: 'stopped',
  PendingDeletion: 'pending',
  PendingImport: 'pending',
  Creating: 'in-progress',
  Updating: 'in-progress',
  Unavailable: 'error',
};

export function KeyStatus({ state }: { state: KeyState }) {
  const { t } = useLocale();
  return <StatusIndicator type={INDICATOR[state] ?? 'info'}>{t(`keys.state.${state}`)}</StatusIndicator>;
}
