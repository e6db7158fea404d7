/**
 * Policy variables: `${aws:username}` and friends in Resource and in string and ARN condition
 * values, `${key, 'default'}` with a default, and `${*}`, `${?}`, `${$}` for the literal
 * characters. A variable the request has no value for makes the element not match (IAM User
 * Guide, "IAM policy elements: Variables and tags"), so resolution can fail.
 */
import { contextValueOf, type PolicyRequest } from './requestContext.ts';

const VARIABLE = /\$\{([^}]*)\}/g;
const LITERALS: Record<string, string> = { '*': '*', '?': '?', $: '$' };
const WITH_DEFAULT = /^\s*([^,\s]+)\s*,\s*'([^']*)'\s*$/;

/**
 * Replaces every variable. For wildcard patterns the substituted text is escaped so that a
 * `*` inside a user name matches only itself; `undefined` means some variable had no value.
 */
export function resolveVariables(text: string, request: PolicyRequest, forWildcard: boolean): string | undefined {
  if (!text.includes('${')) return text;
  let missing = false;
  const resolved = text.replace(VARIABLE, (_, inner: string) => {
    const literal = LITERALS[inner.trim()];
    if (literal !== undefined) return forWildcard ? `\u0000${literal}` : literal;
    const withDefault = WITH_DEFAULT.exec(inner);
    const key = withDefault ? (withDefault[1] ?? '') : inner.trim();
    const value = contextValueOf(request, key);
    const single = typeof value === 'string' ? value : undefined;
    if (single === undefined && !withDefault) missing = true;
    const text = single ?? withDefault?.[2] ?? '';
    return forWildcard ? text.replace(/[*?]/g, (c) => `\u0000${c}`) : text;
  });
  return missing ? undefined : resolved;
}
