/** Encrypt text under a chosen key; the CiphertextBlob is shown as base64 and handed to Decrypt. */
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import type { CallFailure } from '../../../../client/engineClient.ts';
import { toBase64, utf8 } from '../../../../shared/bytes.ts';
import { AwsErrorAlert } from '../../../components/AwsErrorAlert.tsx';
import { CryptoResult } from './CryptoResult.tsx';
import { EncryptionContextField } from './EncryptionContextField.tsx';
import { useLocale } from '../../../hooks/useLocale.ts';
import { useOperation } from '../../../hooks/useOperation.ts';
import { parseEncryptionContext } from '../../../kms/encryptionContext.ts';
import { keyLabel, type KeyRow } from '../../../kms/loadKeys.ts';

export type DecryptDraft = { readonly ciphertext: string; readonly context: string };

type Props = { keys: readonly KeyRow[]; onEncrypted: (draft: DecryptDraft) => void };

export function EncryptForm({ keys, onEncrypted }: Props) {
  const { t } = useLocale();
  const { run, pending } = useOperation();
  const [keyId, setKeyId] = useState<string>();
  const [plaintext, setPlaintext] = useState('');
  const [context, setContext] = useState('');
  const [outcome, setOutcome] = useState<{ ciphertext: string; keyId: string } | { failure: CallFailure }>();
  const [keyMissing, setKeyMissing] = useState(false);

  // Disabled keys stay in the list on purpose: choosing one is how DisabledException is seen.
  const options: SelectProps.Option[] = keys.map((k) => ({ value: k.KeyId, label: keyLabel(k), description: k.KeyId, tags: [t(`keys.state.${k.KeyState}`)] }));
  const selected = options.find((o) => o.value === keyId) ?? null;

  const encrypt = async () => {
    const parsed = parseEncryptionContext(context);
    setKeyMissing(!keyId);
    if (!keyId || !parsed.ok) return;
    const result = await run('kms:Encrypt', { KeyId: keyId, Plaintext: utf8(plaintext), EncryptionContext: parsed.value });
    if (!result.ok) return setOutcome({ failure: result.error });
    const ciphertext = toBase64(result.value.CiphertextBlob);
    setOutcome({ ciphertext, keyId: result.value.KeyId });
    onEncrypted({ ciphertext, context });
  };

  return (
    // A named region lets assistive technology (and the e2e tests) tell the two panels apart.
    <section aria-label={t('crypto.encryptTitle')}>
      <Container header={<Header variant="h2" description={t('crypto.encryptDescription')}>{t('crypto.encryptTitle')}</Header>}>
        <SpaceBetween size="m">
          <FormField label={t('crypto.key')} errorText={keyMissing && !keyId ? t('crypto.keyRequired') : undefined}>
            <Select
              selectedOption={selected}
              options={options}
              placeholder={t('crypto.keyPlaceholder')}
              empty={t('crypto.noKeys')}
              onChange={({ detail }) => setKeyId(detail.selectedOption.value)}
            />
          </FormField>
          <FormField label={t('crypto.plaintext')}>
            <Textarea value={plaintext} rows={3} onChange={({ detail }) => setPlaintext(detail.value)} />
          </FormField>
          <EncryptionContextField value={context} onChange={setContext} />
          <Button variant="primary" loading={pending} onClick={() => void encrypt()}>{t('crypto.encrypt')}</Button>
          {outcome && 'failure' in outcome && <AwsErrorAlert failure={outcome.failure} />}
          {outcome && 'ciphertext' in outcome && (
            <CryptoResult label={t('crypto.ciphertext')} value={outcome.ciphertext} keyId={outcome.keyId} note={t('crypto.copiedToDecrypt')} />
          )}
        </SpaceBetween>
      </Container>
    </section>
  );
}
