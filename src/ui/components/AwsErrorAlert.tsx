/** An AWS error next to the form that caused it. */
import Alert from '@cloudscape-design/components/alert';
import type { CallFailure } from '../../client/engineClient.ts';
import { AwsErrorDetails } from './AwsErrorDetails.tsx';

export function AwsErrorAlert({ failure }: { failure: CallFailure }) {
  return (
    <Alert type="error" header={failure.code}>
      <AwsErrorDetails failure={failure} />
    </Alert>
  );
}
