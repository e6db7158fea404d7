/**
 * The text `aws s3 ls` prints (awscli/customizations/s3/subcommands.py, ListCommand): the
 * time in the machine's zone as `YYYY-MM-DD HH:MM:SS`, sizes right-aligned in 10 columns,
 * `PRE` right-aligned in 30, and the --summarize footer.
 */

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Local time, as the CLI converts LastModified with tzlocal(). */
export const lastModifiedText = (date: Date) =>
  `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())} ${pad2(date.getHours())}:${pad2(date.getMinutes())}:${pad2(date.getSeconds())}`;

const SUFFIXES = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/** awscli's human_readable_size: "1 Byte", "512 Bytes", then one decimal in binary units. */
export function humanReadableSize(size: number): string {
  if (size === 1) return '1 Byte';
  if (size < 1024) return `${size} Bytes`;
  for (const [i, suffix] of SUFFIXES.entries()) {
    const unit = 1024 ** (i + 2);
    if (Math.round((size / unit) * 1024) < 1024 || i === SUFFIXES.length - 1) return `${((1024 * size) / unit).toFixed(1)} ${suffix}`;
  }
  return `${size} Bytes`;
}

export const sizeText = (size: number, humanReadable: boolean) => (humanReadable ? humanReadableSize(size) : String(size)).padStart(10);

export const prefixLine = (prefix: string) => `${'PRE'.padStart(30)} ${prefix.split('/').at(-2) ?? ''}/\n`;

export const objectLine = (lastModified: Date, size: number, name: string, humanReadable: boolean) =>
  `${lastModifiedText(lastModified)} ${sizeText(size, humanReadable)} ${name}\n`;

export const summaryText = (objects: number, bytes: number, humanReadable: boolean) =>
  `\nTotal Objects: ${objects}\n${'Total Size: '.padStart(15)}${humanReadable ? humanReadableSize(bytes) : bytes}\n`;
