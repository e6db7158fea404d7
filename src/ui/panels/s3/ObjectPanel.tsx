/**
 * One object as the S3 console shows it: its Object URL, "Open" (a presigned URL, new tab) and
 * the ACL action. Both links open in a real browser tab served by the object-URL worker.
 */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { awsObjectUrl, objectUrl, presignedObjectUrl } from '../../../client/objectUrls/objectUrl.ts';
import { useEngineQuery } from '../../hooks/useEngineQuery.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNotify } from '../../hooks/useNotify.ts';
import { useOperation } from '../../hooks/useOperation.ts';
import { useSession } from '../../hooks/useSession.ts';

/** Seconds an "Open" link lasts. The S3 console's own lifetime is not documented; five minutes is the lab's choice. */
const OPEN_EXPIRES_IN = 300;

type Props = { readonly bucket: string; readonly objectKey: string; readonly onObjectChange: (key: string) => void };

export function ObjectPanel({ bucket, objectKey, onObjectChange }: Props) {
  const { t } = useLocale();
  const notify = useNotify();
  const { client, principalArn } = useSession();
  const { run, pending } = useOperation();
  const listed = useEngineQuery(async (c, as) => {
    const result = await c.call('s3:ListObjectsV2', { Bucket: bucket }, { as });
    return result.ok ? { ok: true as const, value: (result.value.Contents ?? []).map((o) => o.Key ?? '') } : result;
  }, [bucket]);
  const keys = listed.value ?? [];

  const open = async () => {
    // Opened before the await, so the browser counts it as the click's own new tab.
    const tab = window.open('about:blank', '_blank');
    const url = await presignedObjectUrl(client, { origin: window.location.origin, bucket, key: objectKey, expiresIn: OPEN_EXPIRES_IN, as: principalArn });
    if (!url.ok) {
      tab?.close();
      return notify.error(url.error);
    }
    if (tab) {
      tab.opener = null;
      tab.location.href = url.value;
    }
  };
  const makePublic = async () => {
    const result = await run('s3:PutObjectAcl', { Bucket: bucket, Key: objectKey, ACL: 'public-read' });
    if (result.ok) notify.success('s3objects.madePublic', { key: objectKey });
    else notify.error(result.error);
  };

  return (
    <Container header={<Header variant="h2">{t('s3objects.object')}</Header>}>
      <SpaceBetween size="s">
        <FormField label={t('s3objects.object')}>
          <Select
            selectedOption={objectKey ? { value: objectKey, label: objectKey } : null}
            onChange={({ detail }) => onObjectChange(detail.selectedOption.value ?? '')}
            options={keys.map((key) => ({ value: key, label: key }))}
            placeholder={t('s3objects.chooseObject')}
            empty={t('s3objects.noObjects')}
          />
        </FormField>
        {objectKey && (
          <>
            <FormField label={t('s3objects.objectUrl')} description={t('s3objects.objectUrlHelp', { url: awsObjectUrl(bucket, objectKey) })}>
              <Box variant="code">{objectUrl(window.location.origin, bucket, objectKey)}</Box>
            </FormField>
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="primary" iconName="external" iconAlign="right" onClick={() => void open()}>{t('s3objects.open')}</Button>
              <Button href={objectUrl(window.location.origin, bucket, objectKey)} target="_blank" rel="noopener" iconName="external" iconAlign="right">
                {t('s3objects.objectUrl')}
              </Button>
              <Button disabled={pending} onClick={() => void makePublic()}>{t('s3objects.makePublic')}</Button>
            </SpaceBetween>
          </>
        )}
      </SpaceBetween>
    </Container>
  );
}
