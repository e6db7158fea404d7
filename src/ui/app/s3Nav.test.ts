import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import { loadCatalogue, translate, type TranslationKey } from '../../i18n/i18n.ts';
import { s3Crumbs, s3Nav } from './s3Nav.ts';

const t = (key: TranslationKey) => translate('en', key);
const texts = (path: string, search?: string) => s3Crumbs(path, t, search)?.map((c) => c.text);

beforeAll(async () => {
  await loadCatalogue('en');
});
describe('S3 navigation', () => {
  it('leads from Amazon S3 through Buckets to the bucket and its pages', () => {
    expect(texts('/s3/buckets')).toEqual(['Amazon S3', 'Buckets']);
    expect(texts('/s3/buckets/create')).toEqual(['Amazon S3', 'Buckets', en.s3.create.title]);
    expect(texts('/s3/buckets/lab-data')).toEqual(['Amazon S3', 'Buckets', 'lab-data']);
    expect(texts('/s3/buckets/lab-data/edit/block-public-access')).toEqual(['Amazon S3', 'Buckets', 'lab-data', en.s3.bpa.editTitle]);
  });

  it('names the object by its key, slashes and all', () => {
    expect(texts('/s3/buckets/lab-data/object', '?key=photos%2Fcat.png')).toEqual(['Amazon S3', 'Buckets', 'lab-data', 'photos/cat.png']);
  });

  it('leaves other consoles and the lab pages to their own navigation', () => {
    expect(s3Crumbs('/kms/keys', t)).toBeUndefined();
    expect(s3Nav('/s3/object-urls', t)).toBeUndefined();
    expect(s3Nav('/s3/buckets/x', t)?.active).toBe('/s3/buckets');
  });
});
