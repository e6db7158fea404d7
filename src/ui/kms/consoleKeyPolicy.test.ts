import { describe, expect, it } from 'vitest';
import reference from './consoleKeyPolicy.reference.json';
import { consoleKeyPolicy, formatPolicy, readConsolePolicy } from './consoleKeyPolicy.ts';

const ADMIN = 'arn:aws:iam::111122223333:user/Admin';
const ROLE = 'arn:aws:iam::111122223333:role/AWSLabsUser-abc';

/** The reference template with its ${…} placeholders filled the way the console fills them. */
function referencePolicy(admins: string[], users: string[]) {
  const text = JSON.stringify(reference.consoleDefaultSymmetric).replaceAll('${AccountId}', '111122223333');
  const filled = JSON.parse(text) as { Statement: { Principal: { AWS: unknown } }[] };
  const [, adminStatement, use, grants] = filled.Statement;
  adminStatement!.Principal.AWS = admins.length === 1 ? admins[0] : admins;
  use!.Principal.AWS = users.length === 1 ? users[0] : users;
  grants!.Principal.AWS = users.length === 1 ? users[0] : users;
  return filled;
}

describe('the console key policy', () => {
  it('is the reference console policy for one administrator and one user', () => {
    const policy = consoleKeyPolicy({ accountId: '111122223333', partition: 'aws', administrators: [ADMIN], users: [ROLE], allowAdministratorsToDelete: true });
    expect(policy).toEqual(referencePolicy([ADMIN], [ROLE]));
  });

  it('lists several principals as an array, in the order chosen', () => {
    const policy = consoleKeyPolicy({ accountId: '111122223333', partition: 'aws', administrators: [ROLE, ADMIN], users: [ADMIN, ROLE], allowAdministratorsToDelete: true });
    expect(policy).toEqual(referencePolicy([ROLE, ADMIN], [ADMIN, ROLE]));
  });

  it('leaves deletion out of the administrators statement when the box is cleared', () => {
    const policy = consoleKeyPolicy({ accountId: '111122223333', partition: 'aws', administrators: [ADMIN], users: [], allowAdministratorsToDelete: false });
    expect(policy.Statement.map((s) => s.Sid)).toEqual(['Enable IAM User Permissions', 'Allow access for Key Administrators']);
    expect(policy.Statement[1]!.Action).not.toContain('kms:ScheduleKeyDeletion');
    expect(policy.Statement[1]!.Action).not.toContain('kms:CancelKeyDeletion');
  });

  it('reads its own policy back into administrators, users and the deletion choice', () => {
    const choices = { accountId: '111122223333', partition: 'aws', administrators: [ADMIN], users: [ROLE, ADMIN], allowAdministratorsToDelete: false };
    expect(readConsolePolicy(formatPolicy(consoleKeyPolicy(choices)), '111122223333', 'aws')).toEqual(choices);
  });

  it('offers no default view for a policy the console would not write', () => {
    const edited = consoleKeyPolicy({ accountId: '111122223333', partition: 'aws', administrators: [ADMIN], users: [], allowAdministratorsToDelete: true });
    edited.Statement[0]!.Action = 'kms:Decrypt';
    expect(readConsolePolicy(JSON.stringify(edited), '111122223333', 'aws')).toBeUndefined();
    expect(readConsolePolicy(JSON.stringify(reference.programmaticDefault), '111122223333', 'aws')).toBeUndefined();
    expect(readConsolePolicy('not json', '111122223333', 'aws')).toBeUndefined();
  });
});
