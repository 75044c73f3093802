import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { expect } from 'vitest';
import type { Role } from '../../graph/index.js';
import type { TestApi } from '../setup/api.js';

/** The SDK's own client on /mcp with a role's key (null: no key), connected (initialize done). */
export async function mcpOverHttp(api: TestApi, role: Role | null, token = role ? api.tokens[role] : undefined): Promise<Client> {
  const client = new Client({ name: 'aims-graph-test', version: '1.0.0' });
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  await client.connect(new StreamableHTTPClientTransport(new URL(`${api.url}/mcp`), { requestInit: { headers } }));
  return client;
}

/** A tool's structured answer; the client checks it against the tool's output schema (tools/list must come first). */
export async function call<T = Record<string, unknown>>(client: Client, name: string, args: Record<string, unknown>): Promise<{ data: T; text: string }> {
  const result = await client.callTool({ name, arguments: args });
  expect(result.isError ?? false).toBe(false);
  const [first] = result.content as { type: string; text: string }[];
  return { data: result.structuredContent as T, text: first!.text };
}

/** The protocol error a call ends in: JSON-RPC code and the API's code in data. */
export async function refusal(promise: Promise<unknown>): Promise<{ code: number; message: string; data: { code: string; field?: string } }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(McpError);
  const { code, message, data } = error as McpError;
  return { code, message, data: data as { code: string; field?: string } };
}
