/** A page the lab does not have: say so, and offer the way back. */
import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import { useLocale } from '../hooks/useLocale.ts';

export function NotFound() {
  const { t } = useLocale();
  return (
    <Box padding="l">
      <Box variant="h1">{t('app.notFound')}</Box>
      <Link href="/kms/keys">{t('nav.customerKeys')}</Link>
    </Box>
  );
}
