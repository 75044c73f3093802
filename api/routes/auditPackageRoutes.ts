import { buildAuditPackage, InputError, planAuditPackage } from '../../graph/index.js';
import type { RouteDeps } from './index.js';
import type { Route } from './route.js';

/**
 * `GET /api/audit-package?scope=<org|ORG-…|SYS-…>&asOf=<YYYY-MM-DD>[&since=<YYYY-MM-DD>]` streams
 * the auditor's package (graph/auditPackage): a zipped BagIt bag named
 * `aims-audit-<scope id>-<asOf>.zip`. It holds the change history, so it needs `history`
 * (auditor, admin). asOf defaults to today (UTC).
 */
export function auditPackageRoutes({ artifacts }: RouteDeps): Route[] {
  return [
    {
      method: 'GET',
      path: /^\/api\/audit-package$/,
      needs: 'history',
      action: 'download audit packages (they hold the change history)',
      async handle(req, res, ctx) {
        const scope = ctx.query.get('scope');
        if (!scope) throw new InputError('scope', 'scope is required: "org", the organisation\'s id or an AI system\'s id, e.g. ?scope=SYS-WEBCHAT&asOf=2026-11-27.');
        const request = { scope, asOf: ctx.query.get('asOf') ?? new Date().toISOString().slice(0, 10), since: ctx.query.get('since') ?? undefined };
        // Checked before the first byte, so a bad request is answered as JSON with its status.
        const plan = await planAuditPackage(ctx.graph, request);
        res.writeHead(200, {
          'content-type': 'application/zip',
          // Ids and days are made of characters a quoted file name carries as they are.
          'content-disposition': `attachment; filename="${plan.name}.zip"`,
          'cache-control': 'private, no-store',
        });
        if (req.method === 'HEAD') return void res.end();
        await buildAuditPackage({ graph: ctx.graph, store: artifacts, ...request, scope: plan.scope.id, out: res }).catch((e: unknown) => {
          // The client went away mid-download: nothing to answer, nothing to log.
          if ((e as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw e;
        });
      },
    },
  ];
}
