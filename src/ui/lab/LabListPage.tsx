/** /labs: every lab with its summary, its size and how far the learner has got. */
import Button from '@cloudscape-design/components/button';
import Cards from '@cloudscape-design/components/cards';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import { useNavigate } from '@tanstack/react-router';
import { stepsOf } from '../../runner/index.ts';
import { useLocale } from '../hooks/useLocale.ts';
import { useLabEntries, type LabCatalogEntry } from './labCatalog.ts';
import { labTextFor } from './labText.ts';
import { localProgressStore } from './localProgressStore.ts';

function stepsDone(entry: LabCatalogEntry): number {
  try {
    const saved = JSON.parse(localProgressStore.load(entry.lab.id) ?? '{}') as { done?: unknown };
    return Array.isArray(saved.done) ? saved.done.length : 0;
  } catch {
    return 0;
  }
}

export function LabListPage() {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const labs = useLabEntries();
  return (
    <ContentLayout header={<Header variant="h1" description={t('lab.list.description')}>{t('lab.list.title')}</Header>}>
      <Cards
        ariaLabels={{ itemSelectionLabel: () => '', selectionGroupLabel: t('lab.list.title') }}
        cardDefinition={{
          header: (entry) => labTextFor(entry, locale)('title'),
          sections: [
            { id: 'summary', content: (entry) => labTextFor(entry, locale)('summary') },
            { id: 'size', content: (entry) => t('lab.list.tasks', { count: entry.lab.tasks.length }) },
            { id: 'progress', content: (entry) => t('lab.list.steps', { done: stepsDone(entry), total: stepsOf(entry.lab).length }) },
            {
              id: 'open',
              content: (entry) => (
                <Button
                  variant="primary"
                  ariaLabel={`${stepsDone(entry) > 0 ? t('lab.list.continue') : t('lab.list.start')}: ${labTextFor(entry, locale)('title')}`}
                  onClick={() => void navigate({ to: '/labs/$labId', params: { labId: entry.lab.id } })}
                >
                  {stepsDone(entry) > 0 ? t('lab.list.continue') : t('lab.list.start')}
                </Button>
              ),
            },
          ],
        }}
        cardsPerRow={[{ cards: 1 }, { minWidth: 700, cards: 2 }, { minWidth: 1100, cards: 3 }]}
        loading={labs.status === 'loading'}
        loadingText={t('table.loading')}
        items={labs.status === 'ready' ? [...labs.value] : []}
        trackBy={(entry) => entry.lab.id}
      />
    </ContentLayout>
  );
}
