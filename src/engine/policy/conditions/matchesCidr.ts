/** IpAddress: is an IPv4 or IPv6 address inside a CIDR block? Written out so the engine needs no library. */
type Address = { readonly bits: 32 | 128; readonly value: bigint };

function parseIpv4(text: string): Address | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return { bits: 32, value: parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n) };
}

function parseIpv6(text: string): Address | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string | undefined) => (half ? half.split(':') : []);
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  return { bits: 128, value: all.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n) };
}

const parseAddress = (text: string) => (text.includes(':') ? parseIpv6(text) : parseIpv4(text));

export function matchesCidr(policyValue: string, requestValue: string): boolean {
  const [base = '', prefixText] = policyValue.trim().split('/');
  const network = parseAddress(base);
  const address = parseAddress(requestValue.trim());
  if (!network || !address || network.bits !== address.bits) return false;
  const prefix = prefixText === undefined ? network.bits : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > network.bits) return false;
  const shift = BigInt(network.bits - prefix);
  return network.value >> shift === address.value >> shift;
}
