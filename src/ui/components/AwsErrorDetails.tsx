/**
 * An AWS error as AWS returns it (code and message, untranslated) plus a one-line explanation
 * in the learner's language, keyed by the error code.
 */
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CallFailure } from '../../client/engineClient.ts';
import { findTranslation } from '../../i18n/i18n.ts';
import { useLocale } from '../hooks/useLocale.ts';

export function AwsErrorDetails({ failure }: { failure: CallFailure }) {
  const { locale, t } = useLocale();
  const explanation = findTranslation(locale, `errors.${failure.code}`) ?? t('errors.fallback');
  return (
    <SpaceBetween size="xxs">
      {/* Some AWS errors have an empty message; the code alone is then what AWS says. */}
      {failure.message && <Box variant="code">{failure.message}</Box>}
      <Box variant="p">
        <Box variant="strong">{t('errors.explanation')}: </Box>
        {explanation}
      </Box>
    </SpaceBetween>
  );
}
