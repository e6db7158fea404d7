/**
 * The console's "Schedule key deletion" dialog: a waiting period of 7–30 days (30 by default)
 * and a confirmation box naming it, before ScheduleKeyDeletion is called.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useLocale } from '../../hooks/useLocale.ts';

type Props = { keys: readonly string[]; onCancel: () => void; onSchedule: (days: number) => void; pending: boolean };

export function ScheduleDeletionModal({ keys, onCancel, onSchedule, pending }: Props) {
  const { t } = useLocale();
  const [days, setDays] = useState('30');
  const [confirmed, setConfirmed] = useState(false);
  const n = Number(days);
  const valid = /^\d+$/.test(days) && n >= 7 && n <= 30;

  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={t('deletion.title')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>{t('app.cancel')}</Button>
            <Button variant="primary" loading={pending} disabled={!valid || !confirmed} onClick={() => onSchedule(n)}>{t('deletion.schedule')}</Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Alert type="warning">{t('deletion.warning')}</Alert>
        <FormField label={t('deletion.waitingPeriod')} description={t('deletion.waitingPeriodHelp')} errorText={valid ? undefined : t('deletion.waitingPeriodInvalid')}>
          <Input type="number" inputMode="numeric" value={days} onChange={({ detail }) => setDays(detail.value)} />
        </FormField>
        <Box variant="p">{t('deletion.keys')}: <Box variant="code">{keys.join(', ')}</Box></Box>
        <Checkbox checked={confirmed} onChange={({ detail }) => setConfirmed(detail.checked)}>
          {t('deletion.confirm', { days: valid ? n : '-' })}
        </Checkbox>
      </SpaceBetween>
    </Modal>
  );
}
