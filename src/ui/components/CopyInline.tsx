/**
 * A value with the console's inline copy button. The button is only an icon, so it carries an
 * accessible name ("Copy ARN"); without one axe reports button-name.
 */
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import { useLocale } from '../hooks/useLocale.ts';

/** `name` says what is copied; "ARN" stays "ARN" in the Japanese console too. */
export function CopyInline({ text, name }: { text: string; name: string }) {
  const { t } = useLocale();
  return (
    <CopyToClipboard
      variant="inline"
      textToCopy={text}
      copyButtonAriaLabel={`${t('crypto.copy')} ${name}`}
      copySuccessText={t('crypto.copied')}
      copyErrorText={t('crypto.copyFailed')}
    />
  );
}
