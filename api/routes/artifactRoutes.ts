import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import {
  artifactOf,
  ArtifactHashMismatchError,
  ArtifactTooLargeError,
  attachArtifact,
  checkArtifactUploadable,
  checkedMetadata,
  hashMismatch,
  labelOfId,
  nodesById,
  NotFoundError,
  UserFacingError,
  type ArtifactStore,
  type EvidenceArtifact,
} from '../../graph/index.js';
import type { RouteDeps } from './index.js';
import { serverLog } from '../serverLog.js';
import { receiveFilePart } from './multipartFile.js';
import { RouteError, type Route, type RouteContext } from './route.js';

/** The largest artifact accepted when AIMS_MAX_ARTIFACT_BYTES is not set: 100 MiB. */
export const DEFAULT_MAX_ARTIFACT_BYTES = 100 * 1024 * 1024;
// GraphQL's Int carries Artifact.size.
const MAX_INT = 2 ** 31 - 1;

/** AIMS_MAX_ARTIFACT_BYTES, checked when the app is made, so a bad value stops the start. */
export function maxArtifactBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.AIMS_MAX_ARTIFACT_BYTES;
  if (raw === undefined || raw === '') return DEFAULT_MAX_ARTIFACT_BYTES;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_INT) {
    throw new UserFacingError(`AIMS_MAX_ARTIFACT_BYTES must be a whole number of bytes from 1 to ${MAX_INT}, not "${raw}".`);
  }
  return n;
}

/** Where an evidence item's artifact is uploaded and downloaded, relative to the server. */
export function artifactPath(evidenceId: string): string {
  return `/api/evidence/${encodeURIComponent(evidenceId)}/artifact`;
}

// Only characters ids are made of (graph/writes/nodeWrites.ts), so nothing here needs decoding.
const path = /^\/api\/evidence\/([A-Za-z0-9._:-]+)\/artifact$/;

/**
 * `POST /api/evidence/:id/artifact` (multipart/form-data, file part `file`) stores an artifact and
 * records it on the evidence; `GET` (and HEAD) serves it, only once it still hashes to its sha256.
 */
export function artifactRoutes({ artifacts }: RouteDeps, maxBytes = maxArtifactBytesFromEnv()): Route[] {
  return [
    {
      method: 'POST',
      path,
      needs: 'write',
      action: 'upload evidence artifacts',
      async handle(req, res, ctx) {
        const [evidenceId] = ctx.params as [string];
        // Refused before the body is read: a doomed upload stores nothing and is not waited for.
        const declared = await checkArtifactUploadable(ctx.graph, evidenceId);
        const upload = await receiveFilePart(req, 'file', async (file, info) => {
          const metadata = checkedMetadata({ mediaType: info.mimeType, name: info.filename });
          return { ...(await artifacts.put(file, maxBytes, declared ?? undefined)), ...metadata };
        }).catch((e: unknown) => {
          if (e instanceof ArtifactHashMismatchError) throw hashMismatch(evidenceId, e.expected, e.actual);
          if (!(e instanceof ArtifactTooLargeError)) throw e;
          throw new RouteError(413, 'PAYLOAD_TOO_LARGE', `The file is larger than the ${maxBytes} bytes allowed (AIMS_MAX_ARTIFACT_BYTES); nothing was stored.`, 'file');
        });
        const artifact = await attachArtifact(ctx.graph, { keyId: ctx.key.id, name: ctx.key.name }, evidenceId, upload);
        const { sha256, size, mediaType, name, uploadedAt } = artifact;
        res.writeHead(201, { 'content-type': 'application/json; charset=utf-8', location: artifactPath(evidenceId) });
        res.end(JSON.stringify({ evidenceId, sha256, size, mediaType, name, uploadedAt }));
      },
    },
    {
      method: 'GET',
      path,
      needs: 'read',
      action: 'download evidence artifacts',
      handle: async (req, res, ctx) => serve(artifacts, req.method === 'HEAD', res, ctx),
    },
  ];
}

async function serve(store: ArtifactStore, headOnly: boolean, res: ServerResponse, ctx: RouteContext): Promise<void> {
  const [evidenceId] = ctx.params as [string];
  const [evidence] = labelOfId(evidenceId) === 'Evidence' ? await nodesById(ctx.graph, [evidenceId]) : [null];
  if (!evidence) throw new NotFoundError('id', evidenceId, 'Evidence');
  const artifact = artifactOf(evidence);
  if (!artifact) throw new RouteError(404, 'NOT_FOUND', `Evidence ${evidenceId} has no stored artifact; upload one with POST ${artifactPath(evidenceId)}.`, 'id');
  // Re-hashed before a byte leaves: content that changed or went is refused, never served as evidence.
  const status = await store.check(artifact.sha256);
  const content = status === 'ok' ? await store.get(artifact.sha256) : null;
  if (!content) {
    const problem = status === 'modified' ? 'modified' : 'missing';
    serverLog.artifactIntegrity({ evidenceId, sha256: artifact.sha256, status: problem, keyId: ctx.key.id, client: ctx.client });
    throw integrityFailed(artifact, problem);
  }
  res.writeHead(200, {
    'content-type': artifact.mediaType,
    'content-length': String(artifact.size),
    'content-disposition': `attachment; filename*=UTF-8''${encodeHeaderParam(artifact.name ?? evidenceId)}`,
    'x-content-sha256': artifact.sha256,
    digest: `sha-256=${Buffer.from(artifact.sha256, 'hex').toString('base64')}`,
    'cache-control': 'private, no-store',
  });
  if (headOnly) {
    content.destroy();
    res.end();
    return;
  }
  await pipeline(content, res).catch((e: unknown) => {
    // The client went away mid-download: nothing to answer, nothing to log.
    if ((e as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw e;
  });
}

function integrityFailed(artifact: EvidenceArtifact, status: 'modified' | 'missing'): RouteError {
  const what = status === 'missing' ? 'is missing from the store' : `no longer hashes to its sha256 ${artifact.sha256}`;
  return new RouteError(
    500,
    'ARTIFACT_INTEGRITY_FAILED',
    `The stored artifact of evidence ${artifact.evidenceId} ${what}, so it is not served. Run npm run verify-evidence and restore the file from a backup.`,
  );
}

/** A header parameter value in RFC 8187's encoding (percent-encoded UTF-8). */
function encodeHeaderParam(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
