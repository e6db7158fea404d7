/** The encryption context as text, one key=value pair per line, checked as the learner types. */
import FormField from '@cloudscape-design/components/form-field';
import Textarea from '@cloudscape-design/components/textarea';
import { useLocale } from '../../../hooks/useLocale.ts';
import { parseEncryptionContext } from '../../../kms/encryptionContext.ts';

export function EncryptionContextField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useLocale();
  const parsed = parseEncryptionContext(value);
  return (
    <FormField
      label={t('crypto.context')}
      description={t('crypto.contextHelp')}
      errorText={parsed.ok ? undefined : t('crypto.contextInvalid', { line: parsed.error.line })}
    >
      <Textarea value={value} rows={2} placeholder={t('crypto.contextPlaceholder')} spellcheck={false} onChange={({ detail }) => onChange(detail.value)} />
    </FormField>
  );
}
