/** The key page's "General configuration": alias, ARN, description, status, dates, Regionality. */
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import { CopyInline } from '../../../components/CopyInline.tsx';
import { useLocale } from '../../../hooks/useLocale.ts';
import type { KeyRow } from '../../../kms/loadKeys.ts';
import { KeyStatus } from '../KeyStatus.tsx';

export function GeneralConfiguration({ keyRow: k }: { keyRow: KeyRow }) {
  const { locale, t } = useLocale();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'medium' });
  return (
    <Container header={<Header variant="h2">{t('detail.general')}</Header>}>
      <KeyValuePairs columns={3} items={[
        { label: t('keys.aliases'), value: k.aliases.join(', ') || '-' },
        { label: 'ARN', value: <CopyInline text={k.Arn} name="ARN" /> },
        { label: t('keys.keyDescription'), value: k.Description || '-' },
        { label: t('keys.status'), value: <KeyStatus state={k.KeyState} /> },
        { label: t('keys.created'), value: date.format(k.CreationDate) },
        ...(k.DeletionDate ? [{ label: t('detail.deletionDate'), value: date.format(k.DeletionDate) }] : []),
        { label: t('wizard.regionality'), value: t('wizard.singleRegion') },
      ]} />
    </Container>
  );
}
