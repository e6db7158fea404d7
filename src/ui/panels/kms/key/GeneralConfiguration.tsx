/** The key page's "General configuration": alias, ARN, description, status, dates, Regionality. */
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import { useLocale } from '../../../hooks/useLocale.ts';
import type { KeyRow } from '../../../kms/loadKeys.ts';
import { KeyStatus } from '../KeyStatus.tsx';

export function GeneralConfiguration({ keyRow: k }: { keyRow: KeyRow }) {
  const { locale, t } = useLocale();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'medium' });
  const copy = (text: string) => (
    <CopyToClipboard variant="inline" textToCopy={text} copySuccessText={t('crypto.copied')} copyErrorText={t('crypto.copyFailed')} />
  );
  return (
    <Container header={<Header variant="h2">{t('detail.general')}</Header>}>
      <KeyValuePairs columns={3} items={[
        { label: t('keys.aliases'), value: k.aliases.join(', ') || '-' },
        { label: 'ARN', value: copy(k.Arn) },
        { label: t('keys.keyDescription'), value: k.Description || '-' },
        { label: t('keys.status'), value: <KeyStatus state={k.KeyState} /> },
        { label: t('keys.created'), value: date.format(k.CreationDate) },
        ...(k.DeletionDate ? [{ label: t('detail.deletionDate'), value: date.format(k.DeletionDate) }] : []),
        { label: t('wizard.regionality'), value: t('wizard.singleRegion') },
      ]} />
    </Container>
  );
}
