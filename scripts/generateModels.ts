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

/** The CLI's auto-pagination (botocore paginators): tokens as lists, one file for every service. */
const asList = (value: unknown) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);
const paginators = Object.fromEntries(
  services.map((service) => {
    const { pagination } = JSON.parse(readFileSync(join(source, `${service}.paginators.json`), 'utf8')) as { pagination: Record<string, Record<string, unknown>> };
    const compact = Object.entries(pagination).map(([operation, p]) => [operation, {
      inputToken: asList(p.input_token), outputToken: asList(p.output_token), resultKey: asList(p.result_key),
      ...(p.limit_key !== undefined ? { limitKey: p.limit_key } : {}),
      ...(p.more_results !== undefined ? { moreResults: p.more_results } : {}),
      ...(p.non_aggregate_keys !== undefined ? { nonAggregateKeys: p.non_aggregate_keys } : {}),
    }]);
    return [service, Object.fromEntries(compact)];
  }),
);
writeFileSync(join(target, 'paginators.json'), JSON.stringify(paginators) + '\n');
