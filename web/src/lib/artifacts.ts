import { ApiError } from './client';
import { callRoute, filenameFromDisposition, sha256Hex, verdictOf, type Verdict } from './files';

/** An evidence item's artifact route: upload (POST, multipart `file`) and download (GET). */
export function artifactPath(evidenceId: string): string {
  return `/api/evidence/${encodeURIComponent(evidenceId)}/artifact`;
}

/** What the server answers to an upload. */
export interface UploadedArtifact {
  evidenceId: string;
  sha256: string;
  size: number;
  mediaType: string;
  name: string | null;
  uploadedAt: string;
}

export async function uploadArtifact(evidenceId: string, file: File): Promise<UploadedArtifact> {
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await callRoute(artifactPath(evidenceId), { method: 'POST', body: form });
  return (await res.json()) as UploadedArtifact;
}

export interface DownloadedArtifact {
  blob: Blob;
  name: string;
  /** The sha256 of the bytes received, hashed in the browser (null without Web Crypto). */
  actual: string | null;
  /** What the server said they hash to (`X-Content-SHA256`). */
  header: string | null;
  verdict: Verdict;
}

/** Fetches an artifact with the key and hashes what arrived, before anything is saved. */
export async function fetchArtifact(path: string, recorded: string | null, fallback: string): Promise<DownloadedArtifact> {
  const res = await callRoute(path);
  const blob = await res.blob();
  const header = res.headers.get('x-content-sha256');
  const actual = await sha256Hex(blob);
  const name = filenameFromDisposition(res.headers.get('content-disposition')) ?? fallback;
  return { blob, name, actual, header, verdict: verdictOf(actual, header, recorded) };
}

/** An upload's refusal in words: what happened first, then the server's own advice. */
export function uploadProblem(error: unknown): { title: string; detail: string } {
  const detail = error instanceof Error ? error.message : String(error);
  const code = error instanceof ApiError ? error.code : '';
  switch (code) {
    case 'CONFLICT':
      return { title: 'This evidence already has an artifact, and an artifact is never replaced.', detail };
    case 'PAYLOAD_TOO_LARGE':
      return { title: 'The file is too large to store.', detail };
    case 'BAD_USER_INPUT':
      return { title: 'The file was not accepted.', detail };
    case 'FORBIDDEN':
      return { title: 'Your key may not upload artifacts: it needs an editor or admin key.', detail };
    case 'NOT_FOUND':
      return { title: 'There is no such evidence item.', detail };
    case 'NETWORK':
      return { title: 'The server cannot be reached.', detail };
    default:
      return { title: 'The upload failed.', detail };
  }
}
