/**
 * The Content-Type `aws s3 cp` sends for an upload: --content-type if given, else a guess
 * from the file name (Python's mimetypes, which the CLI uses), else none — S3 then stores
 * binary/octet-stream.
 */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  txt: 'text/plain', json: 'application/json', html: 'text/html', htm: 'text/html', css: 'text/css', csv: 'text/csv',
  js: 'text/javascript', xml: 'text/xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif',
  svg: 'image/svg+xml', pdf: 'application/pdf', zip: 'application/zip', md: 'text/markdown',
};

export function guessContentType(path: string): string | undefined {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? undefined : BY_EXTENSION[path.slice(dot + 1).toLowerCase()];
}
