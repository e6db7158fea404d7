/**
 * The services the `aws` command knows: the CLI's name, the service model, and the real
 * @aws-sdk v3 client that sends its requests. SDK packages load on first use, so the
 * terminal's chunk stays small and S3's client is only fetched for an S3 command.
 */
import type { ModelName } from '../client/serviceModels.ts';

type SdkModule = Record<string, unknown>;

export type CliService = {
  /** What follows `aws` on the command line. */
  readonly cliName: string;
  readonly model: ModelName;
  /** The SDK's client class, e.g. KMSClient. */
  readonly clientClass: string;
  readonly loadSdk: () => Promise<SdkModule>;
};

export const CLI_SERVICES: readonly CliService[] = [
  { cliName: 'cloudtrail', model: 'cloudtrail', clientClass: 'CloudTrailClient', loadSdk: () => import('@aws-sdk/client-cloudtrail') },
  { cliName: 'iam', model: 'iam', clientClass: 'IAMClient', loadSdk: () => import('@aws-sdk/client-iam') },
  { cliName: 'kms', model: 'kms', clientClass: 'KMSClient', loadSdk: () => import('@aws-sdk/client-kms') },
  { cliName: 's3api', model: 's3', clientClass: 'S3Client', loadSdk: () => import('@aws-sdk/client-s3') },
  { cliName: 'sts', model: 'sts', clientClass: 'STSClient', loadSdk: () => import('@aws-sdk/client-sts') },
];

export const findService = (cliName: string): CliService | undefined => CLI_SERVICES.find((s) => s.cliName === cliName);
