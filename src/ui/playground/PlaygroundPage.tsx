/** The SDK playground page; the playground itself (Monaco, the sandbox) is fetched on first show. */
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Spinner from '@cloudscape-design/components/spinner';
import { lazy, Suspense } from 'react';
import { useLocale } from '../hooks/useLocale.ts';
import type { SdkPlaygroundProps } from './SdkPlayground.tsx';

const SdkPlayground = lazy(() => import('./SdkPlayground.tsx'));

export function PlaygroundPage(props: SdkPlaygroundProps) {
  const { t } = useLocale();
  return (
    <ContentLayout header={<Header variant="h1" description={t('playground.description')}>{t('playground.title')}</Header>}>
      <Container>
        <Suspense fallback={<Spinner size="large" />}>
          <SdkPlayground {...props} />
        </Suspense>
      </Container>
    </ContentLayout>
  );
}
