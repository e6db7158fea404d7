/** The output of Encrypt or Decrypt: read-only, copyable, with the key AWS says it used. */
import Box from '@cloudscape-design/components/box';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import FormField from '@cloudscape-design/components/form-field';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useLocale } from '../../../hooks/useLocale.ts';

type Props = { label: string; value: string; keyId: string; note?: string };

export function CryptoResult({ label, value, keyId, note }: Props) {
  const { t } = useLocale();
  return (
    <FormField label={label} description={t('crypto.usedKey', { key: keyId })}>
      <SpaceBetween size="xs">
        <Textarea value={value} readOnly rows={3} spellcheck={false} onChange={() => undefined} />
        <SpaceBetween direction="horizontal" size="s" alignItems="center">
          <CopyToClipboard variant="button" textToCopy={value} copyButtonText={t('crypto.copy')} copySuccessText={t('crypto.copied')} copyErrorText={t('crypto.copyFailed')} />
          {note && <Box variant="small" color="text-body-secondary">{note}</Box>}
        </SpaceBetween>
      </SpaceBetween>
    </FormField>
  );
}
