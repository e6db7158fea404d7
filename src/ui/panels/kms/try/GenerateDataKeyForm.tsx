/**
 * GenerateDataKey, the heart of envelope encryption: a plaintext data key to encrypt data with
 * (then forget) and the same key encrypted under the KMS key, to store next to the data.
 */
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { CallFailure } from '../../../../client/engineClient.ts';
import { toBase64 } from '../../../../shared/bytes.ts';
import { AwsErrorAlert } from '../../../components/AwsErrorAlert.tsx';
import { useLocale } from '../../../hooks/useLocale.ts';
import { useOperation } from '../../../hooks/useOperation.ts';
import { parseEncryptionContext } from '../../../kms/encryptionContext.ts';
import { keyLabel, type KeyRow } from '../../../kms/loadKeys.ts';
import { CryptoResult } from './CryptoResult.tsx';
import type { DecryptDraft } from './EncryptForm.tsx';
import { EncryptionContextField } from './EncryptionContextField.tsx';

type Props = { keys: readonly KeyRow[]; onGenerated: (draft: DecryptDraft) => void };

export function GenerateDataKeyForm({ keys, onGenerated }: Props) {
  const { t } = useLocale();
  const { run, pending } = useOperation();
  const [keyId, setKeyId] = useState<string>();
  const [spec, setSpec] = useState<'AES_256' | 'AES_128'>('AES_256');
  const [context, setContext] = useState('');
  const [outcome, setOutcome] = useState<{ plaintext: string; ciphertext: string; keyId: string } | { failure: CallFailure }>();
  const options = keys.map((k) => ({ value: k.KeyId, label: keyLabel(k), description: k.KeyId }));

  const generate = async () => {
    const parsed = parseEncryptionContext(context);
    if (!keyId || !parsed.ok) return;
    const r = await run('kms:GenerateDataKey', { KeyId: keyId, KeySpec: spec, EncryptionContext: parsed.value });
    if (!r.ok) return setOutcome({ failure: r.error });
    const ciphertext = toBase64(r.value.CiphertextBlob);
    setOutcome({ plaintext: toBase64(r.value.Plaintext), ciphertext, keyId: r.value.KeyId });
    onGenerated({ ciphertext, context });
  };

  return (
    <section aria-label={t('crypto.dataKeyTitle')}>
      <Container header={<Header variant="h2" description={t('crypto.dataKeyDescription')}>{t('crypto.dataKeyTitle')}</Header>}>
        <SpaceBetween size="m">
          <FormField label={t('crypto.key')}>
            <Select selectedOption={options.find((o) => o.value === keyId) ?? null} options={options} placeholder={t('crypto.keyPlaceholder')}
              empty={t('crypto.noKeys')} onChange={({ detail }) => setKeyId(detail.selectedOption.value)} />
          </FormField>
          <FormField label={t('crypto.keySpec')}>
            <Select selectedOption={{ value: spec, label: spec }} options={[{ value: 'AES_256', label: 'AES_256' }, { value: 'AES_128', label: 'AES_128' }]}
              onChange={({ detail }) => setSpec(detail.selectedOption.value as typeof spec)} />
          </FormField>
          <EncryptionContextField value={context} onChange={setContext} />
          <Button variant="primary" loading={pending} disabled={!keyId} onClick={() => void generate()}>{t('crypto.generate')}</Button>
          {outcome && 'failure' in outcome && <AwsErrorAlert failure={outcome.failure} />}
          {outcome && 'plaintext' in outcome && (
            <SpaceBetween size="s">
              <CryptoResult label={t('crypto.dataKeyPlaintext')} value={outcome.plaintext} keyId={outcome.keyId} note={t('crypto.dataKeyPlaintextNote')} />
              <CryptoResult label={t('crypto.dataKeyCiphertext')} value={outcome.ciphertext} keyId={outcome.keyId} note={t('crypto.copiedToDecrypt')} />
            </SpaceBetween>
          )}
        </SpaceBetween>
      </Container>
    </section>
  );
}
