/** The console's breadcrumbs for a path: service, then the list, then the page. */
import type { TranslationKey } from '../../i18n/i18n.ts';
import { s3Crumbs } from './s3Nav.ts';
import { serviceCrumbs } from './serviceNav.ts';

export type Crumb = { readonly text: string; readonly href: string };
type T = (key: TranslationKey) => string;

export function breadcrumbsFor(path: string, t: T): Crumb[] {
  const kms = { text: t('nav.kms'), href: '/kms/keys' };
  const keys = { text: t('nav.customerKeys'), href: '/kms/keys' };
  const service = serviceCrumbs(path, t) ?? s3Crumbs(path, t, globalThis.location?.search);
  if (service) return service;
  if (path === '/kms/keys/create') return [kms, keys, { text: t('wizard.title'), href: path }];
  const key = /^\/kms\/keys\/([^/]+)$/.exec(path);
  if (key?.[1]) return [kms, keys, { text: decodeURIComponent(key[1]), href: path }];
  if (path.startsWith('/kms/keys')) return [kms, keys];
  if (path.startsWith('/kms/aws-managed-keys')) return [kms, { text: t('nav.awsKeys'), href: path }];
  if (path.startsWith('/kms/try')) return [kms, { text: t('nav.tryIt'), href: path }];
  if (path.startsWith('/s3/object-urls')) return [{ text: t('nav.lab'), href: '/account' }, { text: t('nav.objectUrls'), href: path }];
  if (path.startsWith('/editor')) return [{ text: t('nav.lab'), href: '/account' }, { text: t('nav.editor'), href: path }];
  if (path.startsWith('/playground')) return [{ text: t('nav.lab'), href: '/account' }, { text: t('nav.playground'), href: path }];
  if (path.startsWith('/account')) return [{ text: t('nav.lab'), href: '/account' }, { text: t('nav.account'), href: path }];
  return [kms];
}
