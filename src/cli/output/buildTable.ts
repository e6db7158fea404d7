/**
 * The sections of `--output table`, grouped the way awscli's TableFormatter groups a
 * response: the operation name titles the table; a dict's scalar keys (sorted) become one
 * header row and one value row (a single scalar becomes a `key | value` row); each nested
 * value becomes a titled sub-section one level deeper; a list of dicts becomes rows under
 * the union of their scalar keys.
 */
import type { CliValue } from './toCliValue.ts';

export type Section = { title?: string; indent: number; header?: string[]; rows: string[][] };

type Dict = { [key: string]: CliValue };
const isDict = (v: CliValue | undefined): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: CliValue | undefined) => typeof v !== 'object' || v === null;
const cell = (v: CliValue | undefined) => (v === true ? 'True' : v === false ? 'False' : v === null ? 'None' : String(v ?? ''));
const sorted = (keys: Iterable<string>) => [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function groupKeys(dict: Dict): { scalars: string[]; nested: string[] } {
  const keys = Object.keys(dict);
  return { scalars: sorted(keys.filter((k) => isScalar(dict[k]))), nested: sorted(keys.filter((k) => !isScalar(dict[k]))) };
}

export function buildSections(title: string, value: CliValue): Section[] {
  const sections: Section[] = [];
  const current = () => sections[sections.length - 1]!;
  const newSection = (sectionTitle: string | undefined, indent: number) => sections.push({ title: sectionTitle, indent, rows: [] });

  const fromDict = (dict: Dict, indent: number) => {
    const { scalars, nested } = groupKeys(dict);
    if (scalars.length === 1) current().rows.push([scalars[0]!, cell(dict[scalars[0]!])]);
    else if (scalars.length > 1) {
      current().header = scalars;
      current().rows.push(scalars.map((k) => cell(dict[k])));
    }
    for (const key of nested) build(key, dict[key]!, indent + 1);
  };

  const fromList = (items: Dict[], indent: number, listTitle: string | undefined) => {
    const scalars = sorted(items.flatMap((item) => groupKeys(item).scalars));
    const nested = sorted(items.flatMap((item) => groupKeys(item).nested));
    current().header = scalars;
    items.forEach((item, index) => {
      if (index > 0 && nested.length > 0) {
        newSection(listTitle, indent);
        current().header = scalars;
      }
      current().rows.push(scalars.map((k) => cell(item[k])));
      for (const key of nested) if (key in item) build(key, item[key]!, indent + 1);
    });
  };

  function build(sectionTitle: string | undefined, node: CliValue, indent: number): void {
    const empty = node === null || node === '' || (Array.isArray(node) && node.length === 0) || (isDict(node) && Object.keys(node).length === 0);
    if (empty) return;
    if (sectionTitle !== undefined) newSection(sectionTitle, indent);
    if (Array.isArray(node)) {
      if (isDict(node[0])) fromList(node.filter(isDict), indent, sectionTitle);
      else for (const item of node) current().rows.push(Array.isArray(item) ? item.map(cell) : [cell(item)]);
    } else if (isDict(node)) fromDict(node, indent);
    else current().rows.push([cell(node)]);
  }

  build(title, value, 0);
  return sections;
}
