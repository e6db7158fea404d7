/** A trail as CreateTrail, GetTrail and DescribeTrails answer it (AWS's member names). */
import type { Trail } from './state.ts';

export function toCreateTrailOutput(trail: Trail) {
  return {
    Name: trail.name,
    S3BucketName: trail.s3BucketName,
    ...(trail.s3KeyPrefix !== undefined ? { S3KeyPrefix: trail.s3KeyPrefix } : {}),
    IncludeGlobalServiceEvents: trail.includeGlobalServiceEvents,
    IsMultiRegionTrail: trail.isMultiRegionTrail,
    TrailARN: trail.arn,
    LogFileValidationEnabled: trail.logFileValidationEnabled,
    ...(trail.kmsKeyId !== undefined ? { KmsKeyId: trail.kmsKeyId } : {}),
    IsOrganizationTrail: false,
  };
}

export function toTrailOutput(trail: Trail, homeRegion: string) {
  const { IsOrganizationTrail, ...created } = toCreateTrailOutput(trail);
  return {
    ...created,
    HomeRegion: homeRegion,
    HasCustomEventSelectors: trail.eventSelectors !== undefined || trail.advancedEventSelectors !== undefined,
    HasInsightSelectors: (trail.insightSelectors ?? []).length > 0,
    IsOrganizationTrail,
  };
}
