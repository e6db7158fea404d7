/**
 * The console's AWS KMS key field for SSE-KMS: "Choose from your AWS KMS keys" (the account's
 * customer managed keys, by alias and ARN) or "Enter AWS KMS key ARN".
 */
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEngineQuery } from '../../../hooks/useEngineQuery.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { keyLabel, loadKeys } from '../../../kms/loadKeys.ts';
import type { EncryptionChoice } from '../../../s3/encryptionChoice.ts';

type Props = { readonly value: EncryptionChoice; readonly onChange: (next: EncryptionChoice) => void; readonly showErrors: boolean };

export function KmsKeyField({ value, onChange, showErrors }: Props) {
  const { t } = useLocale();
  const keys = useEngineQuery((client, as) => loadKeys(client, as, 'CUSTOMER'), []);
  const options = (keys.value ?? []).filter((k) => k.KeyState === 'Enabled').map((k) => ({ value: k.Arn, label: keyLabel(k), description: k.Arn }));
  const selected = options.find((o) => o.value === value.chosenKeyArn) ?? null;
  const missing = showErrors && (value.keySource === 'choose' ? !value.chosenKeyArn : !value.enteredKeyArn.trim());

  return (
    <FormField label={t('s3.encryption.kmsKey')} stretch>
      <SpaceBetween size="s">
        <RadioGroup
          ariaLabel={t('s3.encryption.kmsKey')}
          value={value.keySource}
          onChange={({ detail }) => onChange({ ...value, keySource: detail.value === 'arn' ? 'arn' : 'choose' })}
          items={[{ value: 'choose', label: t('s3.encryption.choose') }, { value: 'arn', label: t('s3.encryption.enterArn') }]}
        />
        {value.keySource === 'choose' ? (
          <FormField label={t('s3.encryption.available')} errorText={missing ? t('s3.encryption.keyRequired') : undefined}>
            <Select
              selectedOption={selected}
              options={options}
              placeholder={t('s3.encryption.chooseKey')}
              statusType={keys.status === 'loading' ? 'loading' : keys.status === 'error' ? 'error' : 'finished'}
              loadingText={t('table.loading')}
              errorText={keys.error?.code}
              empty={t('s3.encryption.noKeys')}
              filteringType="auto"
              onChange={({ detail }) => onChange({ ...value, chosenKeyArn: detail.selectedOption.value ?? '' })}
            />
          </FormField>
        ) : (
          <FormField label={t('s3.encryption.arnLabel')} errorText={missing ? t('s3.encryption.keyRequired') : undefined}>
            <Input value={value.enteredKeyArn} placeholder={t('s3.encryption.arnPlaceholder')} onChange={({ detail }) => onChange({ ...value, enteredKeyArn: detail.value })} />
          </FormField>
        )}
      </SpaceBetween>
    </FormField>
  );
}
