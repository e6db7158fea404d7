/** Object Ownership: ACLs disabled (recommended) or ACLs enabled with its two owner settings. */
import Alert from '@cloudscape-design/components/alert';
import FormField from '@cloudscape-design/components/form-field';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import { useLocale } from '../../../hooks/useLocale.ts';
import type { ObjectOwnership } from '../../../s3/s3Api.ts';

type Props = { readonly value: ObjectOwnership; readonly onChange: (next: ObjectOwnership) => void };

export function ObjectOwnershipFields({ value, onChange }: Props) {
  const { t } = useLocale();
  const enabled = value !== 'BucketOwnerEnforced';
  return (
    <SpaceBetween size="m">
      <Tiles
        ariaLabel={t('s3.ownership.label')}
        value={enabled ? 'enabled' : 'disabled'}
        onChange={({ detail }) => onChange(detail.value === 'enabled' ? 'BucketOwnerPreferred' : 'BucketOwnerEnforced')}
        items={[
          { value: 'disabled', label: t('s3.ownership.disabled'), description: t('s3.ownership.disabledHelp') },
          { value: 'enabled', label: t('s3.ownership.enabled'), description: t('s3.ownership.enabledHelp') },
        ]}
      />
      {enabled && <Alert type="warning">{t('s3.ownership.enabledWarning')}</Alert>}
      {enabled && (
        <FormField label={t('s3.ownership.label')}>
          <RadioGroup
            ariaLabel={t('s3.ownership.label')}
            value={value}
            onChange={({ detail }) => onChange(detail.value === 'ObjectWriter' ? 'ObjectWriter' : 'BucketOwnerPreferred')}
            items={[
              { value: 'BucketOwnerPreferred', label: t('s3.ownership.BucketOwnerPreferred') },
              { value: 'ObjectWriter', label: t('s3.ownership.ObjectWriter') },
            ]}
          />
        </FormField>
      )}
    </SpaceBetween>
  );
}
