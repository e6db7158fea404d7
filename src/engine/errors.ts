/**
 * The one error type for everything AWS would answer with an error: a stable AWS code, the
 * message in AWS's wording, and the HTTP status the wire protocols use. Bugs are not
 * AwsErrors; they are InternalError (src/shared/assert.ts).
 */
export type AwsErrorJson = {
  readonly code: string;
  readonly message: string;
  readonly httpStatus: number;
  readonly service: string;
  /** Extra members some errors carry on the wire (S3's ArgumentName, Key …). */
  readonly data?: Readonly<Record<string, string>>;
};

export class AwsError extends Error {
  override name = 'AwsError';
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = 400,
    readonly service = 'kms',
    readonly data?: Readonly<Record<string, string>>,
  ) {
    super(message);
  }

  toJSON(): AwsErrorJson {
    const { code, message, httpStatus, service, data } = this;
    return data ? { code, message, httpStatus, service, data } : { code, message, httpStatus, service };
  }
}

export const isAwsError = (value: unknown): value is AwsError => value instanceof AwsError;

/** Model validation failures, in the wording every awsJson service uses. */
export const validationError = (message: string, service = 'kms') =>
  new AwsError('ValidationException', message, 400, service);
