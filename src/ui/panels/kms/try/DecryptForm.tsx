/**
 * Decrypt a base64 CiphertextBlob. No key is asked for: the blob names its key, as in AWS.
 * Editing the blob or the context is the point: the learner sees InvalidCiphertextException.
 */
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import type { CallFailure } from '../../../../client/engineClient.ts';
import { fromBase64, fromUtf8 } from '../../../../shared/bytes.ts';
import { AwsErrorAlert } from '../../../components/AwsErrorAlert.tsx';
import { CryptoResult } from './CryptoResult.tsx';
import type { DecryptDraft } from './EncryptForm.tsx';
import { EncryptionContextField } from './EncryptionContextField.tsx';
import { useLocale } from '../../../hooks/useLocale.ts';
import { useOperation } from '../../../hooks/useOperation.ts';
import { parseEncryptionContext } from '../../../kms/encryptionContext.ts';

export function DecryptForm({ draft }: { draft: DecryptDraft }) {
  const { t } = useLocale();
  const { run, pending } = useOperation();
  const [ciphertext, setCiphertext] = useState(draft.ciphertext);
  const [context, setContext] = useState(draft.context);
  const [outcome, setOutcome] = useState<{ plaintext: string; keyId: string } | { failure: CallFailure }>();
  const blob = fromBase64(ciphertext.replace(/\s+/g, ''));

  const decrypt = async () => {
    const parsed = parseEncryptionContext(context);
    if (!blob || !parsed.ok) return;
    const result = await run('kms:Decrypt', { CiphertextBlob: blob, EncryptionContext: parsed.value });
    setOutcome(result.ok ? { plaintext: fromUtf8(result.value.Plaintext), keyId: result.value.KeyId } : { failure: result.error });
  };

  return (
    // A named region lets assistive technology (and the e2e tests) tell the two panels apart.
    <section aria-label={t('crypto.decryptTitle')}>
      <Container header={<Header variant="h2" description={t('crypto.decryptDescription')}>{t('crypto.decryptTitle')}</Header>}>
        <SpaceBetween size="m">
          <FormField label={t('crypto.ciphertext')} description={t('crypto.ciphertextHelp')} errorText={blob ? undefined : t('crypto.ciphertextInvalid')}>
            <Textarea value={ciphertext} rows={4} spellcheck={false} onChange={({ detail }) => setCiphertext(detail.value)} />
          </FormField>
          <EncryptionContextField value={context} onChange={setContext} />
          <Button variant="primary" loading={pending} disabled={!ciphertext.trim()} onClick={() => void decrypt()}>{t('crypto.decrypt')}</Button>
          {outcome && 'failure' in outcome && <AwsErrorAlert failure={outcome.failure} />}
          {outcome && 'plaintext' in outcome && <CryptoResult label={t('crypto.result')} value={outcome.plaintext} keyId={outcome.keyId} />}
        </SpaceBetween>
      </Container>
    </section>
  );
}
