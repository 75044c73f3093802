import { describe, expect, it } from 'vitest';
import { artifactPath, uploadProblem } from './artifacts';
import { FileRouteError } from './files';

describe('evidence artifacts', () => {
  it('uploads and downloads at the evidence item\'s own path', () => {
    expect(artifactPath('EVD-0007')).toBe('/api/evidence/EVD-0007/artifact');
    expect(artifactPath('EVD-a b')).toBe('/api/evidence/EVD-a%20b/artifact');
  });

  it('puts an upload refusal in words, keeping the server advice', () => {
    const conflict = uploadProblem(new FileRouteError('Evidence EVD-1 already has an artifact …', 'CONFLICT', 409, 'file'));
    expect(conflict.title).toMatch(/already has an artifact/);
    expect(conflict.detail).toBe('Evidence EVD-1 already has an artifact …');
    expect(uploadProblem(new FileRouteError('larger than 10 bytes', 'PAYLOAD_TOO_LARGE', 413)).title).toMatch(/too large/);
    expect(uploadProblem(new Error('boom')).title).toBe('The upload failed.');
  });

});
