/**
 * A delivered CloudTrail log file (…/CloudTrail/<region>/yyyy/mm/dd/*.json.gz) read with
 * s3:GetObject as the signed-in principal, gunzipped and shown as indented JSON. For the S3
 * object page, for keys ending .json.gz.
 */
import Alert from '@cloudscape-design/components/alert';
import Spinner from '@cloudscape-design/components/spinner';
import type { CallFailure, EngineClient } from '../../client/engineClient.ts';
import type { Result } from '../../shared/result.ts';
import { readLogFile } from '../cloudtrail/readLogFile.ts';
import { useEngineQuery } from '../hooks/useEngineQuery.ts';
import { useLocale } from '../hooks/useLocale.ts';
import { AwsErrorAlert } from './AwsErrorAlert.tsx';
import { JsonView } from './JsonView.tsx';

export { isLogFileKey } from '../cloudtrail/readLogFile.ts';

async function bodyBytes(body: unknown): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body;
  if (body instanceof Blob) return new Uint8Array(await body.arrayBuffer());
  return new TextEncoder().encode(String(body ?? ''));
}

async function loadLogFile(client: EngineClient, as: string, Bucket: string, Key: string): Promise<Result<string | undefined, CallFailure>> {
  const r = await client.call('s3:GetObject', { Bucket, Key }, { as });
  return r.ok ? { ok: true, value: readLogFile(await bodyBytes(r.value.Body)) } : r;
}

export function LogFileViewer({ bucket, objectKey }: { bucket: string; objectKey: string }) {
  const { t } = useLocale();
  const file = useEngineQuery((client, as) => loadLogFile(client, as, bucket, objectKey), [bucket, objectKey]);
  if (file.status === 'loading') return <Spinner />;
  if (file.status === 'error') return <AwsErrorAlert failure={file.error} />;
  if (file.value === undefined) return <Alert type="warning">{t('cloudtrail.notJson')}</Alert>;
  return <JsonView json={file.value} label={objectKey} testId="log-file-json" />;
}
