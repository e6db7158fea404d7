/** Object Ownership: the setting, and whether ACLs are enabled. */
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import { useLocale } from '../../../hooks/useLocale.ts';
import type { ObjectOwnership } from '../../../s3/s3Api.ts';

export function OwnershipSummary({ ownership }: { ownership?: ObjectOwnership }) {
  const { t } = useLocale();
  // No ownership controls at all is how buckets behaved before 2023: the object writer owns.
  const setting = ownership ?? 'ObjectWriter';
  return (
    <KeyValuePairs
      columns={2}
      items={[
        { label: t('s3.ownership.label'), value: t(`s3.ownership.${setting}`) },
        { label: t('s3.ownership.acls'), value: setting === 'BucketOwnerEnforced' ? t('s3.ownership.disabled') : t('s3.ownership.enabled') },
      ]}
    />
  );
}
