/**
 * Generates the compact service models the engine validates and serializes with, from the
 * botocore models in ../shared/aws-models. The output is committed: nothing reads ../shared
 * at run time. Run with `npm run models` after the reference models change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, '..', '..', 'shared', 'aws-models');
const target = join(here, '..', 'src', 'engine', 'models');
const services = ['kms', 's3', 'iam', 'sts', 'cloudtrail'] as const;

/** Documentation is prose for humans; the engine needs only names, shapes and constraints. */
const dropped = new Set(['documentation', 'documentationUrl', 'examples', 'deprecatedMessage']);

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !dropped.has(key))
        .map(([key, inner]) => [key, strip(inner)]),
    );
  }
  return value;
}

for (const service of services) {
  const model = JSON.parse(readFileSync(join(source, `${service}.json`), 'utf8')) as Record<string, unknown>;
  const compact = strip({ metadata: model.metadata, operations: model.operations, shapes: model.shapes });
  writeFileSync(join(target, `${service}.json`), JSON.stringify(compact) + '\n');
  console.log(`${service}: ${JSON.stringify(compact).length} bytes`);
}
