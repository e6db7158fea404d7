/** The Tags tab: ListResourceTags, and "Manage tags" saving with TagResource/UntagResource. */
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import TagEditor, { type TagEditorProps } from '@cloudscape-design/components/tag-editor';
import { useState } from 'react';
import { AwsErrorAlert } from '../../../components/AwsErrorAlert.tsx';
import { useEngineQuery } from '../../../hooks/useEngineQuery.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { useNotify } from '../../../hooks/useNotify.ts';
import { useOperation } from '../../../hooks/useOperation.ts';

export function TagsTab({ keyId }: { keyId: string }) {
  const { t } = useLocale();
  const notify = useNotify();
  const { run, pending } = useOperation();
  const tags = useEngineQuery((client, as) => client.call('kms:ListResourceTags', { KeyId: keyId }, { as }), [keyId]);
  const [draft, setDraft] = useState<readonly TagEditorProps.Tag[]>();

  if (tags.status === 'loading') return <Spinner />;
  if (tags.status === 'error') return <AwsErrorAlert failure={tags.error} />;
  const current = tags.value.Tags.map((tag) => ({ key: tag.TagKey, value: tag.TagValue, existing: true }));

  const save = async (edited: readonly TagEditorProps.Tag[]) => {
    const removed = edited.filter((tag) => tag.markedForRemoval).map((tag) => tag.key);
    const kept = edited.filter((tag) => !tag.markedForRemoval).map((tag) => ({ TagKey: tag.key, TagValue: tag.value }));
    const untagged = removed.length ? await run('kms:UntagResource', { KeyId: keyId, TagKeys: removed }) : { ok: true as const };
    if (!untagged.ok) return notify.error(untagged.error);
    const tagged = kept.length ? await run('kms:TagResource', { KeyId: keyId, Tags: kept }) : { ok: true as const };
    if (!tagged.ok) return notify.error(tagged.error);
    notify.success('tags.saved');
    setDraft(undefined);
  };

  return (
    <Container header={
      <Header variant="h2" actions={draft
        ? <SpaceBetween direction="horizontal" size="xs"><Button onClick={() => setDraft(undefined)}>{t('app.cancel')}</Button><Button variant="primary" loading={pending} onClick={() => void save(draft)}>{t('app.save')}</Button></SpaceBetween>
        : <Button onClick={() => setDraft(current)}>{t('tags.manage')}</Button>}>
        {t('wizard.tags')}
      </Header>
    }>
      {draft
        ? <TagEditor tags={draft} onChange={({ detail }) => setDraft(detail.tags)} />
        : <table aria-label={t('wizard.tags')}><tbody>{current.length === 0
          ? <tr><td>{t('tags.none')}</td></tr>
          : current.map((tag) => <tr key={tag.key}><th scope="row" style={{ textAlign: 'left', paddingRight: 24 }}>{tag.key}</th><td>{tag.value}</td></tr>)}
        </tbody></table>}
    </Container>
  );
}
