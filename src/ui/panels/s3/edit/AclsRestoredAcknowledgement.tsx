/**
 * Edit Object Ownership, going from ACLs disabled (bucket owner enforced) to ACLs enabled: the
 * console warns that the bucket's and objects' ACLs come back into force and keeps Save changes
 * disabled until "I acknowledge that ACLs will be restored." is checked. English wording as the
 * S3 console shows it (quoted alike by several independent learners' walkthroughs); the Japanese
 * is our translation: the ja console's exact text was not found.
 */
import Alert from '@cloudscape-design/components/alert';
import Checkbox from '@cloudscape-design/components/checkbox';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLocale } from '../../../hooks/useLocale.ts';

type Props = { readonly checked: boolean; readonly onChange: (checked: boolean) => void };

export function AclsRestoredAcknowledgement({ checked, onChange }: Props) {
  const { t } = useLocale();
  return (
    <Alert type="warning" header={t('s3.ownership.restoreHeader')}>
      <SpaceBetween size="s">
        <span>{t('s3.ownership.restoreBody')}</span>
        <Checkbox checked={checked} onChange={({ detail }) => onChange(detail.checked)}>{t('s3.ownership.restoreAcknowledge')}</Checkbox>
      </SpaceBetween>
    </Alert>
  );
}
