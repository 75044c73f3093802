import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { labelNames, labels, relationships, relationshipTypes, type LabelSpec, type RelationshipSpec } from './model.js';
import { repoRoot } from './server/paths.js';

const BEGIN = '<!-- model:begin (generated from graph/model.ts by `npm run docs:model`) -->';
const END = '<!-- model:end -->';

/** The model as Markdown: a table per label, with the relationships that leave and enter it. */
export function modelMarkdown(): string {
  const out: string[] = [];
  for (const label of labelNames) {
    const spec: LabelSpec = labels[label];
    out.push(`### ${label}`, '', spec.doc, '');
    out.push('| property | type | notes |', '| --- | --- | --- |');
    for (const [name, p] of Object.entries(spec.properties)) {
      const flags = [name === 'id' ? 'key, unique' : '', p.required && name !== 'id' ? 'required' : '', p.indexed ? 'indexed' : '']
        .filter(Boolean)
        .join(', ');
      out.push(`| \`${name}\` | ${p.type} | ${flags ? `*${flags}.* ` : ''}${p.doc.replace(/\|/g, '\\|')} |`);
    }
    if (spec.searchable?.length) out.push('', `Full-text search on ${spec.searchable.map((p) => `\`${p}\``).join(', ')}.`);
    const outgoing = relationshipTypes.filter((t) => (relationships[t].from as readonly string[]).includes(label));
    const incoming = relationshipTypes.filter((t) => (relationships[t].to as readonly string[]).includes(label));
    if (outgoing.length) out.push('', `Out: ${outgoing.map((t) => `\`${t}\` → ${targets(relationships[t].to)}`).join('; ')}.`);
    if (incoming.length) out.push('', `In: ${incoming.map((t) => `${targets(relationships[t].from)} → \`${t}\``).join('; ')}.`);
    out.push('');
  }
  out.push('### Relationships', '', '| type | from | to | properties | meaning |', '| --- | --- | --- | --- | --- |');
  for (const type of relationshipTypes) {
    const spec: RelationshipSpec = relationships[type];
    const props = Object.keys(spec.properties ?? {}).map((p) => `\`${p}\``).join(', ');
    out.push(`| \`${type}\` | ${spec.from.join(', ')} | ${spec.to.join(', ')} | ${props} | ${spec.doc} |`);
  }
  return out.join('\n');
}

function targets(list: readonly string[]): string {
  return list.join(' \\| ');
}

/** graph/README.md with its generated section replaced by the current model. */
export function readmeWithModel(readme: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`graph/README.md lacks the ${BEGIN} … ${END} markers`);
  return `${readme.slice(0, start + BEGIN.length)}\n\n${modelMarkdown()}\n\n${readme.slice(end)}`;
}

export const readmePath = () => join(repoRoot(), 'graph', 'README.md');

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(readmePath(), readmeWithModel(readFileSync(readmePath(), 'utf8')));
  console.log('graph/README.md: model section regenerated.');
}
