/**
 * The S3 console's side navigation and breadcrumbs: Amazon S3 › Buckets › bucket › object or
 * page. SideNav and breadcrumbsFor ask here for /s3/buckets paths.
 */
import type { SideNavigationProps } from '@cloudscape-design/components/side-navigation';
import type { TranslationKey } from '../../i18n/i18n.ts';
import type { Crumb } from './breadcrumbsFor.ts';

type T = (key: TranslationKey) => string;
const BUCKETS = '/s3/buckets';

export function s3Nav(path: string, t: T) {
  if (!path.startsWith(BUCKETS)) return undefined;
  const items: SideNavigationProps.Item[] = [{ type: 'link', text: t('s3.nav.buckets'), href: BUCKETS }];
  return { header: { text: t('s3.nav.service'), href: BUCKETS }, items, active: BUCKETS };
}

const PAGES: Record<string, TranslationKey> = { upload: 's3.upload.title', 'edit/block-public-access': 's3.bpa.editTitle', 'edit/encryption': 's3.encryption.edit', 'edit/ownership': 's3.ownership.edit', 'edit/policy': 's3.policy.edit', 'edit/acl': 's3.acl.edit' };

/** `search` is the query string: the object page names its key there, as the console does. */
export function s3Crumbs(path: string, t: T, search = ''): Crumb[] | undefined {
  const match = /^\/s3\/buckets(?:\/([^/]+)(?:\/(.+))?)?\/?$/.exec(path);
  if (!match) return undefined;
  const crumbs: Crumb[] = [{ text: t('s3.nav.service'), href: BUCKETS }, { text: t('s3.nav.buckets'), href: BUCKETS }];
  const [, bucket, page] = match;
  if (!bucket) return crumbs;
  if (bucket === 'create') return [...crumbs, { text: t('s3.create.title'), href: path }];
  const bucketHref = `${BUCKETS}/${bucket}`;
  crumbs.push({ text: decodeURIComponent(bucket), href: bucketHref });
  const key = new URLSearchParams(search).get('key');
  if (page === 'object' && key) {
    return [...crumbs, { text: key, href: `${path}?key=${encodeURIComponent(key)}` }];
  }
  const pageKey = page ? PAGES[page] : undefined;
  return pageKey ? [...crumbs, { text: t(pageKey), href: path }] : crumbs;
}
