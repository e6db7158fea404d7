/**
 * The object page's Open and Object URL buttons: real browser tabs on the lab's origin, which
 * the object-URL service worker answers with exactly what S3 returns. Open is presigned with
 * the signed-in principal's console credentials; Object URL is anonymous.
 */
import { objectUrl, presignedObjectUrl } from '../../../../client/objectUrls/objectUrl.ts';
import { useNotify } from '../../../hooks/useNotify.ts';
import { useSession } from '../../../hooks/useSession.ts';

/** The console's Open signs a short-lived URL (seconds). */
const OPEN_EXPIRES_IN = 300;

export function useObjectUrls(bucket: string, key: string) {
  const { client, principalArn } = useSession();
  const notify = useNotify();
  const origin = globalThis.location.origin;
  const plainUrl = objectUrl(origin, bucket, key);

  const open = async () => {
    // The tab is opened first, while the click still counts as the learner's: browsers block
    // tabs opened after an await.
    const tab = globalThis.open('', '_blank');
    const signed = await presignedObjectUrl(client, { origin, bucket, key, expiresIn: OPEN_EXPIRES_IN, as: principalArn });
    if (!signed.ok) {
      tab?.close();
      return notify.error(signed.error);
    }
    if (tab) tab.location.href = signed.value;
  };

  return { plainUrl, open };
}
