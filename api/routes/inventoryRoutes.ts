import { importInventory, inventoryKind, templateFor, type InventoryFormat } from '../../graph/index.js';
import { readBody } from '../graphqlHttp.js';
import type { RouteDeps } from './index.js';
import { RouteError, type Route } from './route.js';

/** The largest inventory file accepted over HTTP: 20 MiB (some 100,000 rows of CSV). */
export const MAX_INVENTORY_BYTES = 20 * 1024 * 1024;

const formats: Record<string, InventoryFormat> = { 'text/csv': 'csv', 'application/json': 'json' };

/**
 * `POST /api/inventory/:kind[?dryRun=1]` imports one inventory file (CSV as text/csv, JSON as
 * application/json) and answers its summary, or 400 BAD_USER_INPUT with every problem by line;
 * `GET /api/inventory/templates/:kind.csv|.json` gives the file to fill in.
 */
export function inventoryRoutes(_deps: RouteDeps): Route[] {
  return [
    {
      method: 'GET',
      path: /^\/api\/inventory\/templates\/([a-z-]+)\.(csv|json)$/,
      needs: 'read',
      action: 'download inventory templates',
      async handle(_req, res, ctx) {
        const [name, format] = ctx.params as [string, InventoryFormat];
        const kind = inventoryKind(name);
        // No Cypher otherwise: the key is still checked against the graph (revoked keys stop at once).
        await ctx.graph.checkGuard();
        res.writeHead(200, {
          'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
          'content-disposition': `attachment; filename="${kind}.${format}"`,
        });
        res.end(templateFor(kind, format));
      },
    },
    {
      method: 'POST',
      path: /^\/api\/inventory\/([a-z-]+)$/,
      needs: 'write',
      action: 'import inventories',
      async handle(req, res, ctx) {
        const kind = inventoryKind(ctx.params[0]!);
        const mediaType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        const format = formats[mediaType];
        if (!format) {
          throw new RouteError(415, 'BAD_USER_INPUT', `Send the file as text/csv or application/json, not "${mediaType || 'no content-type'}".`, 'content-type');
        }
        const text = await readBody(req, MAX_INVENTORY_BYTES);
        if (text === null) {
          throw new RouteError(413, 'PAYLOAD_TOO_LARGE', `The file is larger than ${MAX_INVENTORY_BYTES} bytes; split it into smaller files. Nothing was written.`);
        }
        const dryRun = ['1', 'true'].includes(ctx.query.get('dryRun') ?? '');
        const summary = await importInventory(ctx.graph, { keyId: ctx.key.id, name: ctx.key.name }, kind, text, format, { dryRun });
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(summary));
      },
    },
  ];
}
