import { z } from 'zod';
import { history, MAX_PATH_LENGTH, search, searchableLabels, shortestPath } from '../../../graph/index.js';
import { defineTool, readOnly } from '../tool.js';
import { afterArg, firstArg, pageInfo, pageText, pathText, whyPath } from './shapes.js';

export const searchTool = defineTool({
  name: 'search',
  title: 'Search the graph',
  description:
    'Find nodes by words in their id, name, title or description: AI systems, models, datasets, vendors, risks, controls, clauses, evidence, people and more. ' +
    'Start here to turn "the billing chatbot" into an id the other tools take.',
  capability: 'read',
  input: z.object({
    text: z.string().min(1).max(200).describe('Words to look for, e.g. "billing chatbot" or "A.6.2".'),
    labels: z.array(z.enum(searchableLabels as [string, ...string[]])).optional().describe('Only nodes with one of these labels.'),
    first: firstArg(),
    after: afterArg,
  }).strict(),
  output: z.object({
    hits: z.array(z.object({ id: z.string(), label: z.string(), name: z.string(), score: z.number() })),
    complete: z.boolean().describe('False when more matched than the search reads; totalCount then counts what it read.'),
    ...pageInfo,
  }),
  annotations: readOnly('Search the graph'),
  async run({ text, labels, first, after }, { graph }) {
    const page = await search(graph, { text, labels, first, after });
    const lines = page.rows.map((h) => `- ${h.id} (${h.label})`);
    return {
      structured: { hits: page.rows, complete: page.complete, totalCount: page.totalCount, hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      text: [`Matches ${pageText(page)}; names are in the structured answer:`, ...lines].join('\n'),
    };
  },
});

export const pathTool = defineTool({
  name: 'path',
  title: 'How two nodes connect',
  description: 'The shortest route between two nodes of the graph (any relationships, either direction), node by node: how is this vendor tied to that control?',
  capability: 'read',
  input: z.object({
    from: z.string().describe('Id of the first node.'),
    to: z.string().describe('Id of the second node.'),
    maxLength: z.number().int().min(1).max(MAX_PATH_LENGTH).default(MAX_PATH_LENGTH).describe(`Longest route to look for, in relationships (at most ${MAX_PATH_LENGTH}).`),
  }).strict(),
  output: z.object({ found: z.boolean(), path: whyPath.nullable() }),
  annotations: readOnly('How two nodes connect'),
  async run({ from, to, maxLength }, { graph }) {
    const path = await shortestPath(graph, { fromId: from, toId: to, maxLength });
    return {
      structured: { found: path !== null, path },
      text: path ? `${from} to ${to} in ${path.relationships.length} steps: ${pathText(path)}` : `No route from ${from} to ${to} within ${maxLength} steps.`,
    };
  },
});

export const historyTool = defineTool({
  name: 'history',
  title: 'Change history of a node',
  description:
    'Every recorded change to a node, newest first: who (which API key or command) created, updated, deleted, linked or unlinked it, when, and the values before and after.',
  capability: 'history',
  input: z.object({ id: z.string().describe('The node, e.g. IMP-A.6.2.4-SYS-BILLING-BOT.'), first: firstArg(), after: afterArg }).strict(),
  output: z.object({
    events: z.array(z.object({
      id: z.string(),
      at: z.string(),
      actor: z.string(),
      operation: z.enum(['create', 'update', 'delete', 'link', 'unlink']),
      targetId: z.string(),
      targetLabel: z.string(),
      relationship: z.string().nullable(),
      otherId: z.string().nullable(),
      before: z.record(z.string(), z.unknown()).nullable(),
      after: z.record(z.string(), z.unknown()).nullable(),
    })),
    ...pageInfo,
  }),
  annotations: readOnly('Change history of a node'),
  async run({ id, first, after }, { graph }) {
    const page = await history(graph, { id, first, after });
    const lines = page.rows.map((e) =>
      `- ${e.at} ${e.operation} ${e.targetId}${e.relationship ? ` ${e.relationship} ${e.otherId}` : ''}` +
      `${e.after ? ` (${Object.keys(e.after).join(', ')})` : ''}`);
    return {
      structured: { events: page.rows, totalCount: page.totalCount, hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      text: [`Changes to ${id}, newest first: ${pageText(page)}; who made each is in the structured answer:`, ...lines].join('\n'),
    };
  },
});
