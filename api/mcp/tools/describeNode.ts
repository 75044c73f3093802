import { z } from 'zod';
import { labelOfId, model, nodesById, relatedNodes, NotFoundError, type NodeRecord } from '../../../graph/index.js';
import { relationshipFields } from '../../resolvers/relationships.js';
import { defineTool, readOnly } from '../tool.js';
import { nodeRef } from './shapes.js';

/** Neighbours listed per relationship: a busy control is implemented thousands of times; `count` says how many. */
const LISTED = 10;

const refOf = (n: NodeRecord) => ({ id: n.id, label: n.__typename, name: String(n.name ?? n.title ?? n.id) });

export const describeNodeTool = defineTool({
  name: 'describe_node',
  title: 'Describe a node',
  description:
    'One node of the graph by id: its label, its own properties (descriptions, dates, statuses, scores) and, for each kind of relationship the API ' +
    'exposes on it, how many neighbours it has and the first few. Use it after search to read what a risk, vendor, evidence item or finding is.',
  capability: 'read',
  input: z.object({ id: z.string().describe('Any node id, e.g. RSK-OPT-OUT, VND-NIMBUS, EVD-0048.') }).strict(),
  output: z.object({
    node: nodeRef.extend({ properties: z.record(z.string(), z.unknown()).describe('As stored, without the values the graph derives for its own queries.') }),
    related: z.array(z.object({
      field: z.string().describe('The field GraphQL gives the same neighbours under, e.g. owners, risks, implementations.'),
      relationship: z.string(),
      direction: z.enum(['out', 'in']),
      count: z.number(),
      nodes: z.array(nodeRef).describe(`The first ${LISTED} by id.`),
    })),
  }),
  annotations: readOnly('Describe a node'),
  async run({ id }, { graph }) {
    const label = labelOfId(id);
    const [node] = label ? await nodesById(graph, [id]) : [null];
    if (!label || !node) throw new NotFoundError('id', id);
    // The fields GraphQL resolves through its loaders, each the same one-hop read (graph/reads).
    const fields = Object.entries(relationshipFields[label] ?? {});
    const neighbours = await Promise.all(fields.map(([, hop]) => relatedNodes(graph, label, hop, [id]).then(([rows]) => rows ?? [])));
    const related = fields
      .map(([field, hop], i) => ({
        field, relationship: hop.type, direction: hop.direction, count: neighbours[i]!.length, nodes: neighbours[i]!.slice(0, LISTED).map(refOf),
      }))
      .filter((r) => r.count > 0);
    const declared = model.labels[label].properties as Record<string, { derived?: true }>;
    const properties = Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'id' && k !== '__typename' && declared[k] && !declared[k].derived));
    const text = [
      `${id} is a ${label} with ${Object.keys(properties).length} properties (in the structured answer).`,
      ...related.map((r) =>
        `- ${r.field} (${r.direction === 'out' ? `-${r.relationship}->` : `<-${r.relationship}-`}): ${r.count}` +
        `${r.count ? `: ${r.nodes.map((n) => n.id).join(', ')}${r.count > LISTED ? ', …' : ''}` : ''}`),
    ].join('\n');
    return { structured: { node: { ...refOf(node), properties }, related }, text };
  },
});
