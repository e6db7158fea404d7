/**
 * Create trail's Data events. The console opens on advanced event selectors (data event type,
 * log selector template) and offers "Switch to basic event selectors", which asks to Continue
 * first; basic selectors then choose all current and future S3 buckets or one bucket. The
 * confirmation's body text is ours: AWS's wording was not found.
 */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { TrailForm } from '../../cloudtrail/createTrailPlan.ts';
import { useLocale } from '../../hooks/useLocale.ts';

type Props = {
  readonly value: TrailForm['data'];
  readonly selectors: 'advanced' | 'basic';
  readonly onChange: (data: TrailForm['data'], selectors: 'advanced' | 'basic') => void;
};

export function DataEventsField({ value, selectors, onChange }: Props) {
  const { t } = useLocale();
  const [confirming, setConfirming] = useState(false);
  const s3 = { value: 'AWS::S3::Object', label: 'S3' };
  const allEvents = { value: 'all', label: t('cloudtrail.logAllEvents') };
  const toAdvanced = () => onChange({ ...value, kind: value.kind === 'none' ? 'none' : 'allBuckets' }, 'advanced');

  return (
    <FormField
      label={t('cloudtrail.dataEvents')}
      description={t('cloudtrail.dataHelp')}
      secondaryControl={selectors === 'advanced'
        ? <Button formAction="none" onClick={() => setConfirming(true)}>{t('cloudtrail.switchToBasic')}</Button>
        : <Button formAction="none" onClick={toAdvanced}>{t('cloudtrail.switchToAdvanced')}</Button>}
      stretch
    >
      {selectors === 'advanced' ? (
        <SpaceBetween size="s">
          <FormField label={t('cloudtrail.dataEventType')}>
            <Select
              selectedOption={value.kind === 'none' ? null : s3}
              placeholder={t('cloudtrail.chooseDataEventType')}
              options={[{ value: 'none', label: t('cloudtrail.noDataEvents') }, s3]}
              onChange={({ detail }) => onChange({ ...value, kind: detail.selectedOption.value === 'none' ? 'none' : 'allBuckets' }, 'advanced')}
            />
          </FormField>
          {value.kind !== 'none' && (
            <FormField label={t('cloudtrail.logSelectorTemplate')}>
              <Select selectedOption={allEvents} options={[allEvents]} onChange={() => undefined} />
            </FormField>
          )}
        </SpaceBetween>
      ) : (
        <SpaceBetween size="s">
          <RadioGroup
            value={value.kind}
            onChange={({ detail }) => onChange({ ...value, kind: detail.value as TrailForm['data']['kind'] }, 'basic')}
            items={[{ value: 'none', label: t('cloudtrail.noDataEvents') }, { value: 'allBuckets', label: t('cloudtrail.allBuckets') }, { value: 'bucket', label: t('cloudtrail.oneBucket') }]}
          />
          {value.kind === 'bucket' && (
            <FormField label={t('cloudtrail.dataBucket')}>
              <Input value={value.bucket} onChange={({ detail }) => onChange({ ...value, bucket: detail.value }, 'basic')} />
            </FormField>
          )}
        </SpaceBetween>
      )}
      <Modal
        visible={confirming}
        onDismiss={() => setConfirming(false)}
        header={t('cloudtrail.switchToBasic')}
        footer={
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button formAction="none" variant="link" onClick={() => setConfirming(false)}>{t('app.cancel')}</Button>
              <Button formAction="none" variant="primary" onClick={() => { setConfirming(false); onChange(value, 'basic'); }}>{t('cloudtrail.continue')}</Button>
            </SpaceBetween>
          </Box>
        }
      >
        {t('cloudtrail.switchToBasicHelp')}
      </Modal>
    </FormField>
  );
}
