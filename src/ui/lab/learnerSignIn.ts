/**
 * Labs that sign the console in as the lab's AWSLabsUser-… role, as the Builder Labs do
 * (`consolePrincipal: 'learnerRole'`): the role is found with iam:ListRoles as the console's
 * default principal (Admin), because the learner role itself may be refused IAM reads.
 */
import { useEffect } from 'react';
import type { EngineClient } from '../../client/engineClient.ts';
import type { Lab, LabStatus } from '../../runner/index.ts';
import { useOptionalSession } from '../hooks/useSession.ts';
import { callUntyped } from '../kms/kmsApi.ts';

/** The engine's learner role prefix (engine/iam/learnerRole.ts; the UI may not import the engine). */
const LEARNER_ROLE_PREFIX = 'AWSLabsUser-';

type ListRoles = { Roles?: { RoleName: string; Arn: string }[]; IsTruncated?: boolean; Marker?: string };

export async function findLearnerRoleArn(client: EngineClient): Promise<string | undefined> {
  let Marker: string | undefined;
  do {
    const page = await callUntyped<ListRoles>(client, 'iam:ListRoles', Marker ? { Marker } : {});
    if (!page.ok) return undefined;
    const learner = (page.value.Roles ?? []).find((r) => r.RoleName.startsWith(LEARNER_ROLE_PREFIX));
    if (learner) return learner.Arn;
    Marker = page.value.IsTruncated ? page.value.Marker : undefined;
  } while (Marker);
  return undefined;
}

/**
 * While such a lab is open, the console is signed in as its learner role. Looked up again when
 * the lab starts over (reset and "Jump to task" make a fresh account, with a new role).
 */
export function useLabSignIn(lab: Lab | undefined, status: LabStatus | undefined): void {
  // Before the engine has loaded there is no client yet, and no lab is running either.
  const session = useOptionalSession();
  const client = session?.client;
  const principalArn = session?.principalArn;
  const setPrincipalArn = session?.setPrincipalArn;
  const wanted = lab?.consolePrincipal === 'learnerRole';
  const fresh = !status || status.steps.every((s) => s.state !== 'done');
  useEffect(() => {
    if (!wanted || !client || !setPrincipalArn) return;
    let current = true;
    void findLearnerRoleArn(client).then((arn) => {
      if (current && arn && arn !== principalArn) setPrincipalArn(arn);
    });
    return () => {
      current = false;
    };
    // principalArn is left out on purpose: a learner who switches principal by hand keeps that choice.
  }, [client, wanted, fresh, lab?.id, setPrincipalArn]);
}
