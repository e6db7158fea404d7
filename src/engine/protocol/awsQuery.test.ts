import { describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '../../shared/bytes.ts';
import { loadAllModels } from '../models/index.ts';
import { deserializeQueryInput, parseQueryForm } from './awsQueryInput.ts';
import { serializeQueryError, serializeQueryOutput } from './awsQueryXml.ts';

const models = await loadAllModels();

const form = (body: string) => parseQueryForm(utf8(body));

describe('awsQuery input', () => {
  it('reads flattened list members and scalars by the model', () => {
    const input = deserializeQueryInput(models.iam, 'CreateUser', form('Action=CreateUser&Version=2010-05-08&UserName=bob&Path=%2Fdiv%2F&Tags.member.2.Key=b&Tags.member.2.Value=2&Tags.member.1.Key=a&Tags.member.1.Value=1'));
    expect(input).toEqual({ UserName: 'bob', Path: '/div/', Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] });
  });

  it('reads numbers and booleans as their types and an empty list field as an empty list', () => {
    expect(deserializeQueryInput(models.iam, 'ListPolicies', form('Scope=Local&OnlyAttached=true&MaxItems=5'))).toEqual({ Scope: 'Local', OnlyAttached: true, MaxItems: 5 });
    expect(deserializeQueryInput(models.sts, 'AssumeRole', form('RoleArn=r&RoleSessionName=s&PolicyArns='))).toEqual({ RoleArn: 'r', RoleSessionName: 's', PolicyArns: [] });
  });
});

describe('awsQuery output', () => {
  it('wraps the result, writes lists as member elements, timestamps in ISO seconds and escapes text', () => {
    const xml = fromUtf8(serializeQueryOutput(models.iam, 'ListUsers', { Users: [{ UserName: 'a&b', Path: '/', UserId: 'AIDA1', Arn: 'arn', CreateDate: new Date(Date.UTC(2026, 0, 15, 9, 0, 0, 250)) }], IsTruncated: false }, 'req-1'));
    expect(xml).toBe('<ListUsersResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListUsersResult><Users><member><Path>/</Path><UserName>a&amp;b</UserName>'
      + '<UserId>AIDA1</UserId><Arn>arn</Arn><CreateDate>2026-01-15T09:00:00Z</CreateDate></member></Users><IsTruncated>false</IsTruncated></ListUsersResult>'
      + '<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></ListUsersResponse>');
  });

  it('URL-encodes policy documents as IAM does', () => {
    const xml = fromUtf8(serializeQueryOutput(models.iam, 'GetUserPolicy', { UserName: 'u', PolicyName: 'p', PolicyDocument: '{"a":"b c"}' }, 'r'));
    expect(xml).toContain('<PolicyDocument>%7B%22a%22%3A%22b%20c%22%7D</PolicyDocument>');
  });

  it('writes errors as ErrorResponse with Sender for client faults and Receiver for server faults', () => {
    expect(fromUtf8(serializeQueryError(models.sts, 'AccessDenied', 'no <way>', 403, 'r'))).toBe(
      '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>no &lt;way&gt;</Message></Error><RequestId>r</RequestId></ErrorResponse>');
    expect(fromUtf8(serializeQueryError(models.iam, 'ServiceFailure', 'x', 500, 'r'))).toContain('<Type>Receiver</Type>');
  });
});
