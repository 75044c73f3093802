import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  exportComponentDefinition, exportIsoCatalog, importCrosswalk, importOscalCatalog, ORG_SCOPE, type Actor,
} from '../../graph/index.js';
import { readBody } from '../graphqlHttp.js';
import type { RouteDeps } from './index.js';
import { RouteError, type Route, type RouteContext } from './route.js';

/** The largest catalog or crosswalk accepted: 50 MiB (the full NIST SP 800-53 catalog is about 10 MB). */
export const MAX_OSCAL_BYTES = 50 * 1024 * 1024;

/**
 * OSCAL and crosswalks over HTTP:
 * - `GET /api/oscal/catalog`: our ISO/IEC 42001 catalog as an OSCAL catalog (read);
 * - `GET /api/oscal/component-definition?scope=<id|org>`: a scope's implementations (read);
 * - `POST /api/oscal/catalogs?id=<FRAMEWORK-ID>[&dryRun=1][&source=<name>]`: an OSCAL catalog (JSON
 *   body) imported as a framework; admin, as it changes the reference catalog everyone maps to;
 * - `POST /api/crosswalk[?dryRun=1]`: crosswalk rows (CSV body) between any two frameworks (write).
 * Imports answer their summary; a bad file is 400 BAD_USER_INPUT naming where it is wrong, with nothing written.
 */
export function oscalRoutes(_deps: RouteDeps): Route[] {
  return [
    {
      method: 'GET',
      path: /^\/api\/oscal\/catalog$/,
      needs: 'read',
      action: 'read the catalog',
      async handle(_req, res, ctx) {
        sendJson(res, await exportIsoCatalog(ctx.graph), 'iso42001-catalog.json');
      },
    },
    {
      method: 'GET',
      path: /^\/api\/oscal\/component-definition$/,
      needs: 'read',
      action: 'read implementations',
      async handle(_req, res, ctx) {
        const scope = ctx.query.get('scope');
        if (!scope) throw new RouteError(400, 'BAD_USER_INPUT', `Give the scope: ?scope=${ORG_SCOPE} or the id of an AI system, model, dataset or vendor.`, 'scope');
        sendJson(res, await exportComponentDefinition(ctx.graph, scope), `${scope}-component-definition.json`);
      },
    },
    {
      method: 'POST',
      path: /^\/api\/oscal\/catalogs$/,
      needs: 'admin',
      action: 'import catalogs',
      async handle(req, res, ctx) {
        const id = ctx.query.get('id');
        if (!id) throw new RouteError(400, 'BAD_USER_INPUT', 'Give the framework id the catalog takes: ?id=NIST-SP-800-53 (capitals, digits and hyphens).', 'id');
        const document = parseJson(await body(req, 'catalog'));
        const source = ctx.query.get('source') || 'uploaded to /api/oscal/catalogs';
        sendJson(res, await importOscalCatalog(ctx.graph, actorOf(ctx), document, { id, source, dryRun: dryRun(ctx) }));
      },
    },
    {
      method: 'POST',
      path: /^\/api\/crosswalk$/,
      needs: 'write',
      action: 'import crosswalks',
      async handle(req, res, ctx) {
        const csv = await body(req, 'crosswalk');
        sendJson(res, await importCrosswalk(ctx.graph, actorOf(ctx), csv, { dryRun: dryRun(ctx) }));
      },
    },
  ];
}

const actorOf = (ctx: RouteContext): Actor => ({ keyId: ctx.key.id, name: ctx.key.name });
const dryRun = (ctx: RouteContext) => ['1', 'true'].includes(ctx.query.get('dryRun') ?? '');

async function body(req: IncomingMessage, what: string): Promise<string> {
  const text = await readBody(req, MAX_OSCAL_BYTES);
  if (text === null) throw new RouteError(413, 'PAYLOAD_TOO_LARGE', `The ${what} is larger than ${MAX_OSCAL_BYTES} bytes. Nothing was written.`);
  return text;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new RouteError(400, 'BAD_USER_INPUT', `The body is not JSON (${(e as Error).message}); send the OSCAL catalog as JSON. Nothing was written.`, 'body');
  }
}

function sendJson(res: ServerResponse, value: unknown, attachment?: string): void {
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    ...(attachment ? { 'content-disposition': `attachment; filename="${attachment.replace(/[^\w.-]/g, '_')}"` } : {}),
  });
  res.end(JSON.stringify(value));
}
