/**
 * AWS CLI names: botocore's xform_name with '-' as the separator, so `GetKeyPolicy` is
 * `get-key-policy` and `SSEKMSKeyId` is `--ssekms-key-id`, as in the real CLI. A trailing
 * run of capitals ending in 's' (`ListAMIs`) is kept together, as botocore does.
 */
export function kebabCase(name: string): string {
  if (name.includes('-')) return name;
  let text = name;
  const pluralAcronym = /[A-Z]{2,}s$/.exec(text)?.[0];
  if (pluralAcronym) text = `${text.slice(0, -pluralAcronym.length)}-${pluralAcronym.toLowerCase()}`;
  text = text.replace(/(.)([A-Z][a-z]+)/g, '$1-$2');
  return text.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
