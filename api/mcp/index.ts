// The MCP server: AI assistants' way in, over HTTP (/mcp, in app.ts) or stdio (stdioCli.ts).
export { mcpHttpHandler } from './http.js';
export { createMcpServer, callTool } from './server.js';
export { CATALOG_URI, coverageUri } from './resources.js';
export type { Caller } from './tool.js';
