import type { IncomingMessage, ServerResponse } from 'node:http';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { GraphQLError } from 'graphql';
import { KeyRefusedError } from '../../graph/index.js';
import type { Context } from '../context.js';
import { apiError, isUnavailable, UNAVAILABLE_RETRY_AFTER, unavailable } from '../errors.js';
import { serverLog } from '../serverLog.js';
import { createMcpServer } from './server.js';

/** JSON-RPC's code for a request the server will not serve (the spec leaves -32000…-32099 to servers). */
const REFUSED = -32001;

/**
 * POST /mcp: the Streamable HTTP transport, stateless (a server and transport per request, bound
 * to the request's key). The key, rate limit and address throttling are GraphQL's own
 * (`contextFor`); a refusal answers its HTTP status with a JSON-RPC error, before any MCP runs.
 */
export function mcpHttpHandler(context: (req: IncomingMessage) => Promise<Context>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') {
      // Stateless: no stream to resume or session to end, so only POST has a meaning.
      res.writeHead(405, { allow: 'POST', 'content-type': 'application/json' });
      res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: REFUSED, message: 'Send MCP requests as POST.' } }));
      return;
    }
    let ctx: Context;
    try {
      ctx = await context(req);
      // A key revoked since the authenticator remembered it is refused now, even for a request
      // (tools/list, prompts) that reads nothing of the graph.
      await ctx.graph.checkGuard();
    } catch (e) {
      return refuse(res, e);
    }
    const server = createMcpServer({ graph: ctx.graph, key: ctx.key, client: ctx.client });
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res);
  };
}

/** The context's refusal (401, 429, 503) as HTTP status, headers and a JSON-RPC error carrying the API's code. */
function refuse(res: ServerResponse, error: unknown): void {
  if (error instanceof KeyRefusedError) return refuse(res, apiError('UNAUTHENTICATED', 'This API key is no longer valid.', { http: { status: 401 } }));
  if (isUnavailable(error)) {
    const retry = new Map([['retry-after', String(UNAVAILABLE_RETRY_AFTER)]]);
    return refuse(res, apiError('SERVICE_UNAVAILABLE', unavailable.message, { http: { status: 503, headers: retry } }));
  }
  if (!(error instanceof GraphQLError)) {
    serverLog.internalError(error, { path: ['mcp'] });
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32603, message: 'Internal server error.' } }));
    return;
  }
  const { code, http, ...data } = error.extensions as { code: string; http?: { status?: number; headers?: Map<string, string> } };
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (const [name, value] of http?.headers ?? []) headers[name] = value;
  if (code === 'UNAUTHENTICATED') headers['www-authenticate'] = 'Bearer realm="aims-graph"';
  res.writeHead(http?.status ?? 500, headers);
  res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: REFUSED, message: error.message, data: { code, ...data } } }));
}
