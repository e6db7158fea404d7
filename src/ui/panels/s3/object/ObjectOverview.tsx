/** Object overview: owner, Region, last modified, size, type, key, S3 URI, ARN, ETag, Object URL. */
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import { awsObjectUrl } from '../../../../client/objectUrls/objectUrl.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { formatSize } from '../../../s3/formatSize.ts';
import type { ObjectDetails } from '../../../s3/loadObject.ts';
import { objectArn, s3Uri } from '../../../s3/s3Api.ts';

type Props = { readonly bucket: string; readonly objectKey: string; readonly details: ObjectDetails; readonly plainUrl: string };

export function ObjectOverview({ bucket, objectKey, details, plainUrl }: Props) {
  const { t, locale } = useLocale();
  const { head, region, owner } = details;
  const copyable = (text: string) => (
    <CopyToClipboard variant="inline" textToCopy={text} copyButtonAriaLabel={t('s3.object.copy')} copySuccessText={t('s3.object.copied')} copyErrorText={t('s3.object.copyFailed')} />
  );
  return (
    <Container header={<Header variant="h2">{t('s3.object.overview')}</Header>}>
      <KeyValuePairs
        columns={3}
        items={[
          { label: t('s3.object.owner'), value: owner ?? '-' },
          { label: t('s3.buckets.region'), value: t('s3.regionName', { region }) },
          { label: t('s3.object.lastModified'), value: head.LastModified.toLocaleString(locale, { dateStyle: 'long', timeStyle: 'medium', timeZone: 'UTC' }) },
          { label: t('s3.object.size'), value: formatSize(head.ContentLength) },
          { label: t('s3.object.type'), value: head.ContentType },
          { label: t('s3.object.key'), value: copyable(objectKey) },
          { label: t('s3.object.uri'), value: copyable(s3Uri(bucket, objectKey)) },
          { label: t('s3.object.arn'), value: copyable(objectArn(bucket, objectKey)) },
          { label: t('s3.object.etag'), value: head.ETag.replaceAll('"', '') },
          {
            label: t('s3.object.url'),
            value: (
              <Box>
                <Link href={plainUrl} external externalIconAriaLabel={t('s3.object.newTab')}>{awsObjectUrl(bucket, objectKey, region)}</Link>
              </Box>
            ),
          },
        ]}
      />
    </Container>
  );
}
