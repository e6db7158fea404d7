/** The key page's "Cryptographic configuration" tab. */
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import { useLocale } from '../../../hooks/useLocale.ts';
import type { KeyRow } from '../../../kms/loadKeys.ts';

export function CryptoConfigTab({ keyRow: k }: { keyRow: KeyRow }) {
  const { t } = useLocale();
  return (
    <Container header={<Header variant="h2">{t('detail.crypto')}</Header>}>
      <KeyValuePairs columns={3} items={[
        { label: t('keys.keyType'), value: t('keys.symmetric') },
        { label: t('keys.keySpec'), value: k.KeySpec },
        { label: t('keys.keyUsage'), value: t('keys.encryptDecrypt') },
        { label: t('wizard.origin'), value: k.Origin },
        { label: t('detail.algorithms'), value: k.EncryptionAlgorithms.join(', ') },
        { label: t('detail.currentMaterial'), value: k.CurrentKeyMaterialId ?? '-' },
      ]} />
    </Container>
  );
}
