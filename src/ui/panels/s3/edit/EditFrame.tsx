/** The frame of the console's edit pages: a title, one container, Cancel and Save changes. */
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { useLocale } from '../../../hooks/useLocale.ts';

type Props = {
  readonly title: string;
  readonly description?: string;
  readonly pending: boolean;
  readonly onCancel: () => void;
  readonly onSave: () => void;
  /** Save changes stays disabled until the page's own condition holds (an acknowledgement, say). */
  readonly saveDisabled?: boolean;
  readonly children: ReactNode;
};

export function EditFrame({ title, description, pending, onCancel, onSave, saveDisabled = false, children }: Props) {
  const { t } = useLocale();
  return (
    <ContentLayout header={<Header variant="h1">{title}</Header>}>
      <form onSubmit={(e) => { e.preventDefault(); onSave(); }}>
        <Form
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button formAction="none" variant="link" onClick={onCancel}>{t('app.cancel')}</Button>
              <Button variant="primary" loading={pending} disabled={saveDisabled}>{t('app.save')}</Button>
            </SpaceBetween>
          }
        >
          <Container header={<Header variant="h2" description={description}>{title}</Header>}>{children}</Container>
        </Form>
      </form>
    </ContentLayout>
  );
}
