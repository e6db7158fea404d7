/**
 * The Key rotation tab: automatic rotation on or off with its period (90–2560 days), Rotate
 * now (on-demand), and the rotation history from ListKeyRotations.
 */
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useState } from 'react';
import { AwsErrorAlert } from '../../../components/AwsErrorAlert.tsx';
import { useEngineQuery } from '../../../hooks/useEngineQuery.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { useNotify } from '../../../hooks/useNotify.ts';
import { useOperation } from '../../../hooks/useOperation.ts';
import { RotationHistory } from './RotationHistory.tsx';

export function RotationTab({ keyId }: { keyId: string }) {
  const { locale, t } = useLocale();
  const notify = useNotify();
  const { run, pending } = useOperation();
  const status = useEngineQuery((client, as) => client.call('kms:GetKeyRotationStatus', { KeyId: keyId }, { as }), [keyId]);
  const [draft, setDraft] = useState<{ enabled: boolean; days: string }>();

  if (status.status === 'loading') return <Spinner />;
  if (status.status === 'error') return <AwsErrorAlert failure={status.error} />;
  const s = status.value;
  const form = draft ?? { enabled: s.KeyRotationEnabled, days: String(s.RotationPeriodInDays ?? 365) };
  const days = Number(form.days);
  const validDays = /^\d+$/.test(form.days) && days >= 90 && days <= 2560;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });

  const save = async () => {
    const r = form.enabled
      ? await run('kms:EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: days })
      : await run('kms:DisableKeyRotation', { KeyId: keyId });
    if (!r.ok) return notify.error(r.error);
    notify.success('rotation.saved');
    setDraft(undefined);
  };
  const rotateNow = async () => {
    const r = await run('kms:RotateKeyOnDemand', { KeyId: keyId });
    if (r.ok) notify.success('rotation.rotated');
    else notify.error(r.error);
  };

  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2" actions={<Button loading={pending} onClick={() => void rotateNow()}>{t('rotation.rotateNow')}</Button>}>{t('rotation.automatic')}</Header>}>
        <SpaceBetween size="m">
          <Checkbox checked={form.enabled} onChange={({ detail }) => setDraft({ ...form, enabled: detail.checked })}>{t('rotation.enable')}</Checkbox>
          <FormField label={t('rotation.period')} description={t('rotation.periodHelp')} errorText={form.enabled && !validDays ? t('rotation.periodInvalid') : undefined}>
            <Input type="number" disabled={!form.enabled} value={form.days} onChange={({ detail }) => setDraft({ ...form, days: detail.value })} />
          </FormField>
          <KeyValuePairs columns={2} items={[
            { label: t('rotation.next'), value: s.NextRotationDate ? date.format(s.NextRotationDate) : '-' },
            { label: t('rotation.onDemandStarted'), value: s.OnDemandRotationStartDate ? date.format(s.OnDemandRotationStartDate) : '-' },
          ]} />
          <Button variant="primary" loading={pending} disabled={!draft || (form.enabled && !validDays)} onClick={() => void save()}>{t('app.save')}</Button>
        </SpaceBetween>
      </Container>
      <RotationHistory keyId={keyId} />
    </SpaceBetween>
  );
}
