/**
 * CloudTrail › Event history: LookupEvents with one lookup attribute and a time range, pages of
 * 50 followed by NextToken, and the chosen event's record as JSON.
 */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Pagination from '@cloudscape-design/components/pagination';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useEffect, useState } from 'react';
import type { CallFailure } from '../../../client/engineClient.ts';
import { ATTRIBUTE_KEYS, lookupPage, prettyRecord, TIME_RANGES, type AttributeKey, type Lookup, type LookupEvent, type TimeRange } from '../../cloudtrail/eventHistory.ts';
import { AwsErrorAlert } from '../../components/AwsErrorAlert.tsx';
import { JsonView } from '../../components/JsonView.tsx';
import { useLocale } from '../../hooks/useLocale.ts';
import { useSession } from '../../hooks/useSession.ts';

type Pages = { readonly events: LookupEvent[][]; readonly next?: string };

export function EventHistoryPage() {
  const { locale, t } = useLocale();
  const { client, principalArn } = useSession();
  const [draft, setDraft] = useState<Lookup>({ key: 'EventName', value: '', range: 'all' });
  const [lookup, setLookup] = useState<Lookup>(draft);
  const [pages, setPages] = useState<Pages>({ events: [] });
  const [page, setPage] = useState(1);
  const [loading, setLoading] = useState(true);
  const [failure, setFailure] = useState<CallFailure>();
  const [selected, setSelected] = useState<LookupEvent>();
  const [generation, setGeneration] = useState(0);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });

  useEffect(() => {
    let live = true;
    void lookupPage(client, principalArn, lookup).then((r) => {
      if (!live) return;
      setLoading(false);
      setFailure(r.ok ? undefined : r.error);
      setPages(r.ok ? { events: [r.value.events], ...(r.value.next ? { next: r.value.next } : {}) } : { events: [] });
      setPage(1);
    });
    return () => { live = false; };
  }, [client, principalArn, lookup, generation]);

  const goTo = async (index: number) => {
    if (index <= pages.events.length) return setPage(index);
    if (!pages.next) return;
    setLoading(true);
    const r = await lookupPage(client, principalArn, lookup, pages.next);
    setLoading(false);
    if (!r.ok) return setFailure(r.error);
    setPages({ events: [...pages.events, r.value.events], ...(r.value.next ? { next: r.value.next } : {}) });
    setPage(index);
  };

  const keyOptions = ATTRIBUTE_KEYS.map((k) => ({ value: k, label: t(`cloudtrail.attribute.${k}`) }));
  const rangeOptions = (Object.keys(TIME_RANGES) as TimeRange[]).map((r) => ({ value: r, label: t(`cloudtrail.range.${r}`) }));
  const events = pages.events[page - 1] ?? [];

  return (
    <SpaceBetween size="l">
      <Table<LookupEvent>
        variant="full-page"
        items={events}
        trackBy="EventId"
        loading={loading}
        loadingText={t('table.loading')}
        ariaLabels={{ tableLabel: t('cloudtrail.eventHistory') }}
        empty={failure ? <AwsErrorAlert failure={failure} /> : <Box textAlign="center" color="inherit"><Box variant="strong">{t('cloudtrail.noEvents')}</Box></Box>}
        header={
          <Header variant="awsui-h1-sticky" description={t('cloudtrail.eventHistoryHelp')} actions={<Button iconName="refresh" ariaLabel={t('keys.refresh')} onClick={() => { setLoading(true); setGeneration((g) => g + 1); }} />}>
            {t('cloudtrail.eventHistory')}
          </Header>
        }
        filter={
          <form onSubmit={(e) => { e.preventDefault(); setLoading(true); setSelected(undefined); setLookup({ ...draft }); }}>
            <SpaceBetween direction="horizontal" size="xs">
              <Select
                selectedOption={keyOptions.find((o) => o.value === draft.key) ?? null}
                options={keyOptions}
                ariaLabel={t('cloudtrail.lookupAttribute')}
                onChange={({ detail }) => setDraft({ ...draft, key: detail.selectedOption.value as AttributeKey })}
              />
              <Input value={draft.value} type="search" ariaLabel={t('cloudtrail.attributeValue')} placeholder={t('cloudtrail.attributeValue')} onChange={({ detail }) => setDraft({ ...draft, value: detail.value })} />
              <Select
                selectedOption={rangeOptions.find((o) => o.value === draft.range) ?? null}
                options={rangeOptions}
                ariaLabel={t('cloudtrail.timeRange')}
                onChange={({ detail }) => setDraft({ ...draft, range: detail.selectedOption.value as TimeRange })}
              />
              <Button variant="primary">{t('cloudtrail.lookUp')}</Button>
            </SpaceBetween>
          </form>
        }
        pagination={
          <Pagination
            currentPageIndex={page}
            pagesCount={pages.events.length}
            openEnd={!!pages.next}
            ariaLabels={{ nextPageLabel: t('cloudtrail.nextPage'), previousPageLabel: t('cloudtrail.previousPage'), pageLabel: (n) => t('cloudtrail.page', { page: n }) }}
            onChange={({ detail }) => void goTo(detail.currentPageIndex)}
            onNextPageClick={({ detail }) => void goTo(detail.requestedPageIndex)}
          />
        }
        columnDefinitions={[
          { id: 'name', header: t('cloudtrail.eventName'), cell: (e) => <Button variant="inline-link" onClick={() => setSelected(e)}>{e.EventName}</Button> },
          { id: 'time', header: t('cloudtrail.eventTime'), cell: (e) => (e.EventTime ? date.format(e.EventTime) : '-') },
          { id: 'user', header: t('cloudtrail.attribute.Username'), cell: (e) => e.Username ?? '-' },
          { id: 'source', header: t('cloudtrail.attribute.EventSource'), cell: (e) => e.EventSource },
          { id: 'type', header: t('cloudtrail.attribute.ResourceType'), cell: (e) => e.Resources?.map((r) => r.ResourceType).join(', ') || '-' },
          { id: 'resource', header: t('cloudtrail.attribute.ResourceName'), cell: (e) => e.Resources?.map((r) => r.ResourceName).join(', ') || '-' },
        ]}
      />
      {selected && (
        <Container header={<Header variant="h2" description={`${selected.EventName} · ${selected.EventId}`} actions={<Button onClick={() => setSelected(undefined)}>{t('app.close')}</Button>}>{t('cloudtrail.eventRecord')}</Header>}>
          <JsonView json={prettyRecord(selected)} label={t('cloudtrail.eventRecord')} testId="event-record" />
        </Container>
      )}
    </SpaceBetween>
  );
}
