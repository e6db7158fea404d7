/**
 * IAM wildcards: `*` matches any run of characters, `?` exactly one. Actions match without
 * regard to case; ARNs and condition strings with case. Compiled patterns are cached,
 * because the same few patterns are matched on every call.
 */
const cache = new Map<string, RegExp>();
const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MAX_CACHED = 5000;

function compile(pattern: string, ignoreCase: boolean): RegExp {
  const cacheKey = `${ignoreCase ? 'i' : 's'}${pattern}`;
  let compiled = cache.get(cacheKey);
  if (!compiled) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i] as string;
      // A NUL marks the next character as literal (a substituted policy variable, or ${*}).
      if (c === '\u0000') source += escape(pattern[++i] ?? '');
      else source += c === '*' ? '.*' : c === '?' ? '.' : escape(c);
    }
    compiled = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(cacheKey, compiled);
  }
  return compiled;
}

export function matchesWildcard(pattern: string, value: string, ignoreCase = false): boolean {
  if (pattern === '*') return true;
  if (!pattern.includes('*') && !pattern.includes('?')) {
    return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
  }
  return compile(pattern, ignoreCase).test(value);
}
