/**
 * An AWS error next to the form that caused it. When authorization decided it, "Why was this
 * denied?" opens the evaluator's explanation here too, as it does from the flash bar.
 */
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import { useState } from 'react';
import type { CallFailure } from '../../client/engineClient.ts';
import { DeniedExplanation } from '../app/DeniedExplanation.tsx';
import { useLocale } from '../hooks/useLocale.ts';
import { AwsErrorDetails } from './AwsErrorDetails.tsx';

export function AwsErrorAlert({ failure }: { failure: CallFailure }) {
  const { t } = useLocale();
  const [explaining, setExplaining] = useState(false);
  return (
    <>
      <Alert type="error" header={failure.code} action={failure.decision ? <Button onClick={() => setExplaining(true)}>{t('denied.why')}</Button> : undefined}>
        <AwsErrorDetails failure={failure} />
      </Alert>
      <DeniedExplanation failure={explaining ? failure : undefined} onClose={() => setExplaining(false)} />
    </>
  );
}
