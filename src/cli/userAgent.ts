/**
 * What CloudTrail shows as userAgent for a CLI call. The shape is the one in AWS's
 * CloudTrail documentation for a call made from CloudShell with CLI v2 —
 * `aws-cli/2.13.5 Python/3.11.4 Linux/4.14.255-314-253.539.amzn2.x86_64 exec-env/CloudShell
 * exe/x86_64.amzn.2 prompt/off command/ec2.start-instances` — with our command at the end.
 * (Recent CLI releases use the newer `ua/2.1 os/… md/command#…` form; the older shape is the
 * one we could confirm.) The lab terminal plays the part of CloudShell.
 */
const CLI_VERSION = 'aws-cli/2.13.5 Python/3.11.4 Linux/4.14.255-314-253.539.amzn2.x86_64 exec-env/CloudShell exe/x86_64.amzn.2 prompt/off';

export const cliUserAgent = (service: string, operation: string): string => `${CLI_VERSION} command/${service}.${operation}`;

type Request = { headers: Record<string, string> };
type Stack = {
  addRelativeTo(
    middleware: (next: (args: { request: unknown }) => Promise<unknown>) => (args: { request: unknown }) => Promise<unknown>,
    options: { relation: 'after'; toMiddleware: string; name: string },
  ): void;
};

/**
 * Replaces the SDK's own user agent headers after its user-agent middleware has set them
 * and before the request is signed (x-amz-user-agent is a signed header).
 */
export function useCliUserAgent(stack: Stack, userAgent: string): void {
  stack.addRelativeTo(
    (next) => async (args) => {
      const request = args.request as Request;
      request.headers['user-agent'] = userAgent;
      request.headers['x-amz-user-agent'] = userAgent;
      return next(args);
    },
    { relation: 'after', toMiddleware: 'getUserAgentMiddleware', name: 'awsCliUserAgent' },
  );
}
