/** The subset of the botocore service-model format the engine reads. */
export type ShapeRef = {
  shape: string;
  location?: 'header' | 'headers' | 'querystring' | 'uri' | 'statusCode';
  locationName?: string;
  flattened?: boolean;
  xmlNamespace?: unknown;
  idempotencyToken?: boolean;
};

export type Shape = {
  type: 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'boolean' | 'blob' | 'timestamp' | 'double' | 'float';
  members?: Record<string, ShapeRef>;
  required?: string[];
  member?: ShapeRef;
  key?: ShapeRef;
  value?: ShapeRef;
  enum?: string[];
  min?: number;
  max?: number;
  pattern?: string;
  sensitive?: boolean;
  exception?: boolean;
  error?: { code?: string; httpStatusCode?: number; senderFault?: boolean };
  timestampFormat?: string;
  flattened?: boolean;
  locationName?: string;
  payload?: string;
  streaming?: boolean;
};

export type Operation = {
  name: string;
  http: { method: string; requestUri: string; responseCode?: number };
  input?: ShapeRef & { locationName?: string };
  output?: ShapeRef & { resultWrapper?: string };
  errors?: ShapeRef[];
};

export type ServiceModel = {
  metadata: { protocol: string; targetPrefix?: string; endpointPrefix: string; signingName?: string; apiVersion: string; jsonVersion?: string; xmlNamespace?: string };
  operations: Record<string, Operation>;
  shapes: Record<string, Shape>;
};
