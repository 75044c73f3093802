import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { listNodes, NotFoundError, search, type Graph, type Label, type NodeRecord } from '../../graph/index.js';
import { askAbout } from '../resolvers/traceability.js';
import { toProtocolError } from './errors.js';
import type { Caller } from './tool.js';
import { coverageAnswer } from './tools/index.js';

export const CATALOG_URI = 'aims://catalog/iso42001';
/** A system's coverage page; with a day, the page as it was (or will stand) on that day. */
export const coverageUri = (systemId: string, asOf?: string) =>
  `aims://systems/${encodeURIComponent(systemId)}/coverage${asOf ? `?asOf=${asOf}` : ''}`;

/** How many systems resources/list names; a larger inventory is reached through search and the template. */
const SYSTEMS_LISTED = 500;

/** Every node of a label, id, title and our summary, in natural order (A.10 after A.9). */
async function everyNode(graph: Graph, label: Label): Promise<{ id: string; title: string; summary: string | null }[]> {
  const rows: NodeRecord[] = [];
  let after: string | null = null;
  do {
    const page = await listNodes(graph, { label, first: 100, after });
    rows.push(...page.rows);
    after = page.hasNextPage ? page.endCursor : null;
  } while (after);
  return rows.map((n) => ({ id: n.id, title: String(n.title ?? n.id), summary: (n.summary as string | undefined) ?? null }));
}

/** The ISO/IEC 42001 catalog as one JSON document: clauses, control areas, objectives and Annex A controls. */
async function catalog(graph: Graph) {
  const [clauses, areas, objectives, controls] = await Promise.all(
    (['Clause', 'ControlArea', 'ControlObjective', 'Control'] as const).map((label) => everyNode(graph, label)),
  );
  return { standard: 'ISO/IEC 42001:2023', note: 'Ids and titles are the standard\'s; summaries are AIMS Graph\'s own.', clauses, areas, objectives, controls };
}

const json = (uri: string, value: unknown) => ({ contents: [{ uri, mimeType: 'application/json', text: JSON.stringify(value, null, 1) }] });

/**
 * AI system ids for an assistant's autocomplete of a prompt or URI argument: those matching what
 * was typed so far (by id or name, as search finds them), or the first ones when nothing was.
 * Completion is a convenience: a failure offers nothing rather than an error.
 */
export async function systemIdsLike(graph: Graph, typed: string): Promise<string[]> {
  const text = typed.trim();
  const ids = text
    ? (await search(graph, { text, labels: ['AISystem'], first: 20 })).rows.map((h) => h.id)
    : (await listNodes(graph, { label: 'AISystem', first: 20 })).rows.map((n) => n.id);
  return ids;
}
const completeSystemIds = (graph: Graph) => (typed: string) => systemIdsLike(graph, typed).catch(() => []);

/** A read (of a resource, or for a prompt) whose failure leaves as a protocol error in the API's vocabulary. */
export const guarded = <T>(where: string, read: () => Promise<T>) => read().catch((e: unknown) => Promise.reject(toProtocolError(e, where)));

/** A system's coverage today, whole: the page an assistant attaches when the system is the subject. */
export async function coverageResource(graph: Graph, systemId: string, asOf?: string) {
  const answer = await askAbout.coverage(graph, systemId, { asOf });
  if (!answer) throw new NotFoundError('systemId', systemId, 'AISystem');
  return json(coverageUri(systemId, asOf), coverageAnswer(answer, Math.max(answer.covered.length, 1)).structured);
}

export function registerResources(mcp: McpServer, { graph }: Caller): void {
  mcp.registerResource(
    'iso42001-catalog',
    CATALOG_URI,
    {
      title: 'ISO/IEC 42001:2023 catalog',
      description: 'Clauses 4–10, the Annex A control areas, objectives and controls, with ids, titles and our one-line summaries.',
      mimeType: 'application/json',
    },
    (uri) => guarded('resource:catalog', async () => json(uri.href, await catalog(graph))),
  );
  mcp.registerResource(
    'system-coverage',
    new ResourceTemplate('aims://systems/{systemId}/coverage', {
      complete: { systemId: completeSystemIds(graph) },
      list: () => guarded('resource:systems', async () => {
        const systems = await listNodes(graph, { label: 'AISystem', first: SYSTEMS_LISTED });
        return {
          resources: systems.rows.map((s) => ({
            uri: coverageUri(s.id),
            name: `${s.id} coverage`,
            title: String(s.name ?? s.id),
            mimeType: 'application/json',
          })),
        };
      }),
    }),
    {
      title: 'Coverage of an AI system',
      description: 'Which controls cover the system today, how, with the path and evidence behind each; the uncovered and excluded controls.',
      mimeType: 'application/json',
    },
    (_uri, { systemId }) => guarded('resource:coverage', () => coverageResource(graph, decodeURIComponent(String(systemId)))),
  );
  // The same page on a day: what prepare_audit attaches. Not listed: one per system and day.
  mcp.registerResource(
    'system-coverage-on-day',
    new ResourceTemplate('aims://systems/{systemId}/coverage{?asOf}', { list: undefined, complete: { systemId: completeSystemIds(graph) } }),
    {
      title: 'Coverage of an AI system on a day',
      description: 'The coverage page as the graph stood at the end of asOf (YYYY-MM-DD), rebuilt from the change history for a past day.',
      mimeType: 'application/json',
    },
    (_uri, { systemId, asOf }) => guarded('resource:coverage', () => coverageResource(graph, decodeURIComponent(String(systemId)), String(asOf))),
  );
}
