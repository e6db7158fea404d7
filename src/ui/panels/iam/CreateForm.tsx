/** The create pages' frame: a form with Cancel and the primary button, and the AWS error that stopped it. */
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { CallFailure } from '../../../client/engineClient.ts';
import { AwsErrorAlert } from '../../components/AwsErrorAlert.tsx';
import { useLocale } from '../../hooks/useLocale.ts';

type Props = { title: string; submitLabel: string; cancelHref: string; pending: boolean; failure?: CallFailure; onSubmit: () => void; children: ReactNode };

export function CreateForm(p: Props) {
  const { t } = useLocale();
  const navigate = useNavigate();
  return (
    <form onSubmit={(e) => { e.preventDefault(); p.onSubmit(); }}>
      <Form
        header={<Header variant="h1">{p.title}</Header>}
        errorText={p.failure ? <AwsErrorAlert failure={p.failure} /> : undefined}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={() => void navigate({ to: p.cancelHref })}>{t('app.cancel')}</Button>
            <Button variant="primary" loading={p.pending}>{p.submitLabel}</Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">{p.children}</SpaceBetween>
      </Form>
    </form>
  );
}
