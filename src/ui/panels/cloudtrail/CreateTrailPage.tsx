/**
 * Create trail: general details (name, storage location: a new bucket with CloudTrail's bucket
 * policy or an existing one, log file SSE-KMS), then the log events to record (management
 * events read/write, S3 data events on advanced or basic selectors, Insights events and their types).
 */
import Alert from '@cloudscape-design/components/alert';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Toggle from '@cloudscape-design/components/toggle';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { suggestedBucketName, type InsightType, type TrailForm } from '../../cloudtrail/createTrailPlan.ts';
import { useEngineQuery } from '../../hooks/useEngineQuery.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNotify } from '../../hooks/useNotify.ts';
import { useSession } from '../../hooks/useSession.ts';
import { keyLabel, loadKeys } from '../../kms/loadKeys.ts';
import { CreateForm } from '../iam/CreateForm.tsx';
import { DataEventsField } from './DataEventsField.tsx';
import { useCreateTrail } from './useCreateTrail.ts';

const INSIGHT_TYPES: readonly InsightType[] = ['ApiCallRateInsight', 'ApiErrorRateInsight'];

export function CreateTrailPage() {
  const { t } = useLocale();
  const { accountId } = useSession();
  const navigate = useNavigate();
  const notify = useNotify();
  const { create, pending, failure } = useCreateTrail();
  const keys = useEngineQuery((client, as) => loadKeys(client, as, 'CUSTOMER'), []);
  const [form, setForm] = useState<TrailForm>(() => ({
    name: 'management-events',
    bucket: { kind: 'new', name: suggestedBucketName(accountId, crypto.randomUUID().replaceAll('-', '')) },
    management: { read: true, write: true },
    data: { kind: 'none', bucket: '' },
    selectors: 'advanced',
  }));
  const [encrypt, setEncrypt] = useState(false);
  const [insights, setInsights] = useState(false);
  // The console offers both Insights types, both chosen, once Insights events are.
  const [insightTypes, setInsightTypes] = useState<readonly InsightType[]>(INSIGHT_TYPES);
  const toggleType = (type: InsightType, on: boolean) => setInsightTypes((now) => INSIGHT_TYPES.filter((x) => (x === type ? on : now.includes(x))));
  const keyOptions = (keys.value ?? []).map((k) => ({ value: k.Arn, label: keyLabel(k), description: k.KeyId }));
  const update = (patch: Partial<TrailForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async () => {
    if (await create({ ...form, ...(encrypt ? {} : { kmsKeyId: undefined }), insights: insights ? insightTypes : [] })) {
      notify.success('cloudtrail.trailCreated', { name: form.name });
      void navigate({ to: '/cloudtrail/trails/$trailName', params: { trailName: form.name } });
    }
  };

  return (
    <CreateForm title={t('cloudtrail.createTrail')} submitLabel={t('cloudtrail.createTrail')} cancelHref="/cloudtrail/trails" pending={pending} failure={failure} onSubmit={() => void submit()}>
      <Container header={<Header variant="h2">{t('cloudtrail.generalDetails')}</Header>}>
        <SpaceBetween size="l">
          <FormField label={t('cloudtrail.trailName')}>
            <Input value={form.name} onChange={({ detail }) => update({ name: detail.value })} />
          </FormField>
          <FormField label={t('cloudtrail.storageLocation')}>
            <RadioGroup
              value={form.bucket.kind}
              onChange={({ detail }) => update({ bucket: { kind: detail.value as 'new' | 'existing', name: form.bucket.name } })}
              items={[{ value: 'new', label: t('cloudtrail.newBucket'), description: t('cloudtrail.newBucketHelp') }, { value: 'existing', label: t('cloudtrail.existingBucket'), description: t('cloudtrail.existingBucketHelp') }]}
            />
          </FormField>
          <FormField label={t('cloudtrail.bucketName')}>
            <Input value={form.bucket.name} onChange={({ detail }) => update({ bucket: { ...form.bucket, name: detail.value } })} />
          </FormField>
          <Toggle checked={encrypt} onChange={({ detail }) => setEncrypt(detail.checked)}>{t('cloudtrail.sseKms')}</Toggle>
          {encrypt && (
            <FormField label={t('cloudtrail.kmsKey')} description={t('cloudtrail.kmsKeyHelp')}>
              <Select
                selectedOption={keyOptions.find((o) => o.value === form.kmsKeyId) ?? null}
                options={keyOptions}
                placeholder={t('crypto.keyPlaceholder')}
                empty={t('crypto.noKeys')}
                onChange={({ detail }) => update({ kmsKeyId: detail.selectedOption.value })}
              />
            </FormField>
          )}
        </SpaceBetween>
      </Container>
      <Container header={<Header variant="h2">{t('cloudtrail.logEvents')}</Header>}>
        <SpaceBetween size="l">
          <FormField label={t('cloudtrail.managementEvents')} description={t('cloudtrail.managementHelp')}>
            <SpaceBetween direction="horizontal" size="l">
              <Checkbox checked={form.management.read} onChange={({ detail }) => update({ management: { ...form.management, read: detail.checked } })}>{t('cloudtrail.read')}</Checkbox>
              <Checkbox checked={form.management.write} onChange={({ detail }) => update({ management: { ...form.management, write: detail.checked } })}>{t('cloudtrail.write')}</Checkbox>
            </SpaceBetween>
          </FormField>
          <DataEventsField value={form.data} selectors={form.selectors ?? 'advanced'} onChange={(data, selectors) => update({ data, selectors })} />
          <FormField label={t('cloudtrail.insightsEvents')}>
            <Checkbox checked={insights} onChange={({ detail }) => setInsights(detail.checked)}>{t('cloudtrail.insightsChoice')}</Checkbox>
          </FormField>
          {insights && (
            <FormField label={t('cloudtrail.insightTypes')}>
              <SpaceBetween direction="horizontal" size="l">
                {INSIGHT_TYPES.map((type) => (
                  <Checkbox key={type} checked={insightTypes.includes(type)} onChange={({ detail }) => toggleType(type, detail.checked)}>{t(`cloudtrail.insightType.${type}`)}</Checkbox>
                ))}
              </SpaceBetween>
            </FormField>
          )}
          {insights && <Alert type="info">{t('cloudtrail.insightsNotSimulated')}</Alert>}
        </SpaceBetween>
      </Container>
    </CreateForm>
  );
}
