import { ApiError } from './client';
import { currentKey } from './session';

/**
 * The assistants view's side of the MCP server (`POST /mcp`, api/mcp/): what the signed-in key's
 * assistant may call, read from the server itself, and the configuration people paste into their
 * assistant. Snippets carry the placeholder, never the session's key: an assistant gets a key of its own.
 */

export const KEY_PLACEHOLDER = '<key>';
export const MAKE_KEY_COMMAND = 'npm run keys -- create --role viewer --name assistant';

/** A JSON Schema as tools/list hands it out (zod's draft-07 output): the keywords shown, and any others. */
export interface JsonSchema {
  [keyword: string]: unknown;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

export interface ToolAnnotations {
  title?: string;
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
}

export interface McpTool {
  name: string;
  title?: string;
  description?: string;
  inputSchema: JsonSchema;
  outputSchema?: JsonSchema;
  annotations?: ToolAnnotations;
}

export interface McpResource {
  uri: string;
  name: string;
  title?: string;
  description?: string;
  mimeType?: string;
}

export interface McpResourceTemplate {
  uriTemplate: string;
  name: string;
  title?: string;
  description?: string;
  mimeType?: string;
}

export interface McpPrompt {
  name: string;
  title?: string;
  description?: string;
  arguments?: { name: string; description?: string; required?: boolean }[];
}

/** What each list method answers, so callers get typed results. */
export interface McpResults {
  'tools/list': { tools: McpTool[] };
  'resources/list': { resources: McpResource[] };
  'resources/templates/list': { resourceTemplates: McpResourceTemplate[] };
  'prompts/list': { prompts: McpPrompt[] };
}

interface RpcBody {
  result?: unknown;
  error?: { code: number; message: string; data?: { code?: string } };
}

/** The API's code for a refusal that came without one (the SDK's own transport errors), by HTTP status. */
function codeForStatus(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  return 'INTERNAL_SERVER_ERROR';
}

/** A JSON-RPC answer as its result, or its error as an ApiError with the API's code (`data.code`). */
export function readAnswer<T>(status: number, body: RpcBody): T {
  if (body.error) throw new ApiError(body.error.message, body.error.data?.code ?? codeForStatus(status), status);
  if (body.result === undefined) throw new ApiError(`The server answered ${status} without a JSON-RPC result.`, codeForStatus(status), status);
  return body.result as T;
}

let nextId = 1;

/**
 * One JSON-RPC call to `/mcp` under the session's key. The endpoint is stateless, so a list
 * method needs no initialize handshake; it answers JSON when asked for it.
 */
export async function callMcp<M extends keyof McpResults>(method: M, params?: Record<string, unknown>): Promise<McpResults[M]> {
  const key = currentKey();
  let res: Response;
  try {
    res = await fetch('/mcp', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: nextId++, method, ...(params ? { params } : {}) }),
    });
  } catch {
    throw new ApiError('The AIMS Graph server cannot be reached. Is `npm start` running?', 'NETWORK', 0);
  }
  let body: RpcBody;
  try {
    body = (await res.json()) as RpcBody;
  } catch {
    throw new ApiError(`The server answered ${res.status} without JSON-RPC.`, 'NETWORK', res.status);
  }
  return readAnswer<McpResults[M]>(res.status, body);
}

export interface ArgRow {
  name: string;
  /** `string`, `integer`, `array of string`, `string or null`… */
  type: string;
  /** The values an enum (or an array of one) allows, in the schema's order. */
  values: string[];
  required: boolean;
  description: string;
  /** The default the server fills in, as JSON. */
  defaultValue: string | null;
}

export interface Hint {
  text: string;
  /** The badge colour, as the tone of an existing state (lib/colors.ts TONES). */
  tone: string;
  /** What the hint promises, for a tooltip. */
  detail: string;
}

export interface ToolRow {
  name: string;
  title: string;
  description: string;
  kind: 'reads' | 'writes';
  hints: Hint[];
  args: ArgRow[];
}

/** A schema's type in words: `array of string`, `string or null`, `integer`. */
export function schemaType(schema: JsonSchema | undefined): string {
  if (!schema) return 'any';
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return [...new Set(alternatives.map(schemaType))].join(' or ');
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (!types.length) return schema.enum ? 'string' : 'any';
  return types.map((t) => (t === 'array' ? `array of ${schemaType(schema.items)}` : t)).join(' or ');
}

/** The enum values a schema allows, looking inside arrays and alternatives. */
function enumValues(schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  if (schema.enum) return schema.enum.map(String);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return [...new Set(alternatives.flatMap(enumValues))];
  return enumValues(schema.items);
}

/** A tool's arguments, required ones first, each in the schema's order. */
export function argRows(schema: JsonSchema): ArgRow[] {
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    type: schemaType(property),
    values: enumValues(property),
    required: required.has(name),
    description: property.description ?? '',
    defaultValue: property.default === undefined ? null : JSON.stringify(property.default),
  }));
  return [...rows.filter((r) => r.required), ...rows.filter((r) => !r.required)];
}

/**
 * The protocol's hints as badges. Left out, a hint takes the protocol's default (a tool writes,
 * destructively, not idempotently, reaching outside): shown as the protocol would have a client assume.
 */
export function hints(annotations: ToolAnnotations = {}): Hint[] {
  const out: Hint[] = [];
  if (annotations.readOnlyHint === true) {
    out.push({ text: 'read-only', tone: 'CURRENT', detail: 'Reads the graph; changes nothing.' });
  } else {
    out.push({ text: 'writes', tone: 'EXPIRING', detail: 'Changes the graph, recorded in the change history under the key.' });
    if (annotations.destructiveHint !== false) out.push({ text: 'destructive', tone: 'STALE', detail: 'May overwrite what is stored.' });
  }
  if (annotations.idempotentHint === true) out.push({ text: 'idempotent', tone: 'PLANNED', detail: 'Called again with the same arguments, it changes nothing more.' });
  if (annotations.openWorldHint !== false) out.push({ text: 'open world', tone: 'SUPERSEDED', detail: 'Reaches beyond AIMS Graph.' });
  return out;
}

/** tools/list as the view shows it: a row per tool, in the server's order. */
export function toolRows(tools: McpTool[]): ToolRow[] {
  return tools.map((t) => ({
    name: t.name,
    title: t.title ?? t.annotations?.title ?? t.name,
    description: t.description ?? '',
    kind: t.annotations?.readOnlyHint === true ? 'reads' : 'writes',
    hints: hints(t.annotations),
    args: argRows(t.inputSchema),
  }));
}

/** The MCP endpoint of the server at `origin`. */
export function mcpUrl(origin: string): string {
  return `${origin.replace(/\/+$/, '')}/mcp`;
}

/** A desktop assistant (Claude Desktop's `claude_desktop_config.json`): it starts the server itself, over stdio. */
export function desktopSnippet(repoPath = '/path/to/aims-graph'): string {
  const server = { command: 'npm', args: ['--prefix', repoPath, 'run', '--silent', 'mcp'], env: { AIMS_API_KEY: KEY_PLACEHOLDER } };
  return JSON.stringify({ mcpServers: { 'aims-graph': server } }, null, 2);
}

/** A remote assistant (an `.mcp.json`): the server at `origin` over Streamable HTTP, the key as a bearer token. */
export function remoteSnippet(origin: string): string {
  const server = { type: 'http', url: mcpUrl(origin), headers: { Authorization: `Bearer ${KEY_PLACEHOLDER}` } };
  return JSON.stringify({ mcpServers: { 'aims-graph': server } }, null, 2);
}

/** The same as a Claude Code command line. */
export function remoteCommand(origin: string): string {
  return `claude mcp add --transport http aims-graph ${mcpUrl(origin)} --header "Authorization: Bearer ${KEY_PLACEHOLDER}"`;
}
