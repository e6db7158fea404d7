/** Key administrators or key users in the Key policy tab's default view: Add and Remove. */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useLocale } from '../../../hooks/useLocale.ts';
import { PrincipalPicker } from '../PrincipalPicker.tsx';

type Props = { title: string; description: string; arns: readonly string[]; pending: boolean; onSave: (arns: string[]) => void };

export function PolicyPrincipals({ title, description, arns, pending, onSave }: Props) {
  const { t } = useLocale();
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [adding, setAdding] = useState<string[]>();
  const items = arns.map((arn) => ({ arn }));

  return (
    <>
      <Table
        items={items}
        trackBy="arn"
        variant="container"
        selectionType="multi"
        selectedItems={items.filter((i) => selected.includes(i.arn))}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems.map((i) => i.arn))}
        ariaLabels={{ tableLabel: title, selectionGroupLabel: title, allItemsSelectionLabel: () => t('table.selectAll'), itemSelectionLabel: (_, i) => t('principals.select', { name: i.arn }) }}
        columnDefinitions={[{ id: 'arn', header: t('principals.name'), cell: (i) => i.arn }]}
        empty={<Box textAlign="center">{t('policy.none')}</Box>}
        header={
          <Header
            variant="h2"
            counter={`(${arns.length})`}
            description={description}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={selected.length === 0} loading={pending} onClick={() => { onSave(arns.filter((a) => !selected.includes(a))); setSelected([]); }}>
                  {t('policy.remove')}
                </Button>
                <Button onClick={() => setAdding([...arns])}>{t('policy.add')}</Button>
              </SpaceBetween>
            }
          >
            {title}
          </Header>
        }
      />
      {adding && (
        <Modal
          visible
          size="large"
          onDismiss={() => setAdding(undefined)}
          header={`${title}: ${t('policy.add')}`}
          footer={
            <Box float="right">
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="link" onClick={() => setAdding(undefined)}>{t('app.cancel')}</Button>
                <Button variant="primary" onClick={() => { onSave(adding); setAdding(undefined); }}>{t('policy.add')}</Button>
              </SpaceBetween>
            </Box>
          }
        >
          <PrincipalPicker title={title} description={description} selected={adding} onChange={setAdding} />
        </Modal>
      )}
    </>
  );
}
