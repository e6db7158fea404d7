/**
 * `--output table`: the boxed table of awscli/table.py. Every section spans the table's
 * full width; a section `n` levels deep is framed by n extra `|` on each side. When a
 * section's header row would not fit the terminal, every section turns vertical
 * (`key | value` rows), as the CLI does. Column widths are spread evenly; the CLI's exact
 * spreading of spare width is not reproduced to the character (not confirmed).
 */
import { buildSections, type Section } from './buildTable.ts';
import type { CliValue } from './toCliValue.ts';

const PAD = 2;

function vertical(section: Section): Section {
  if (!section.header) return section;
  const header = section.header;
  return { ...section, header: undefined, rows: section.rows.flatMap((row) => header.map((key, i) => [key, row[i] ?? ''])) };
}

const columns = (s: Section) => Math.max(s.header?.length ?? 0, ...s.rows.map((r) => r.length), 1);

function naturalWidths(s: Section): number[] {
  const widths = Array.from({ length: columns(s) }, () => 0);
  for (const row of [...(s.header ? [s.header] : []), ...s.rows]) {
    row.forEach((text, i) => (widths[i] = Math.max(widths[i]!, text.length + PAD * 2)));
  }
  return widths;
}

const sectionWidth = (s: Section) => {
  const widths = naturalWidths(s);
  const frame = 2 * (s.indent + 1) + widths.length - 1;
  return Math.max(widths.reduce((a, b) => a + b, 0) + frame, (s.title?.length ?? 0) + 2 * (s.indent + 1) + 2);
};

function center(text: string, width: number): string {
  const left = Math.floor((width - text.length) / 2);
  return `${' '.repeat(Math.max(left, 0))}${text}`.padEnd(width);
}

function renderSection(s: Section, total: number, out: string[]): void {
  const outer = '|'.repeat(s.indent);
  const inner = total - 2 * s.indent - 2;
  const natural = naturalWidths(s);
  const spare = inner - (natural.reduce((a, b) => a + b, 0) + natural.length - 1);
  const widths = natural.map((w, i) => w + Math.floor(spare / natural.length) + (i === natural.length - 1 ? spare % natural.length : 0));
  const rule = `${outer}+${widths.map((w) => '-'.repeat(w)).join('+')}+${outer}`;
  const line = (cells: string[], align: (text: string, w: number) => string) =>
    `${outer}|${widths.map((w, i) => align(cells[i] ?? '', w)).join('|')}|${outer}`;
  if (s.title !== undefined && s.indent > 0) {
    out.push(`${outer}|${center(s.title, inner)}|${outer}`);
    out.push(`${outer}+${'-'.repeat(inner)}+${outer}`);
  }
  if (s.header) {
    out.push(line(s.header, center));
    out.push(rule);
  }
  for (const row of s.rows) out.push(line(row, (text, w) => `${' '.repeat(PAD)}${text}`.padEnd(w)));
  if (s.rows.length > 0) out.push(rule);
}

export function formatTable(title: string, value: CliValue, terminalWidth = 80): string {
  let sections = buildSections(title, value);
  if (sections.some((s) => s.header && sectionWidth(s) > terminalWidth)) sections = sections.map(vertical);
  const total = Math.max(title.length + 2, ...sections.map(sectionWidth));
  const out = ['-'.repeat(total), `|${center(title, total - 2)}|`, `+${'-'.repeat(total - 2)}+`];
  for (const section of sections) renderSection(section, total, out);
  return `${out.join('\n')}\n`;
}
