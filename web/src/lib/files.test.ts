import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { filenameFromDisposition, routeError, sha256Hex, verdictOf } from './files';

describe('file routes', () => {
  it('reads the API error shape: message, code, field and what else it said', () => {
    const e = routeError('/api/inventory/models?dryRun=1', 400, {
      errors: [{ message: 'The models file has 2 problems', extensions: { code: 'BAD_USER_INPUT', field: 'name', problems: [], problemCount: 2 } }],
    });
    expect(e).toBeInstanceOf(ApiError);
    expect([e.message, e.code, e.status, e.field]).toEqual(['The models file has 2 problems', 'BAD_USER_INPUT', 400, 'name']);
    expect(e.details).toEqual({ problems: [], problemCount: 2 });
  });

  it('describes an answer without the error shape by its status and path', () => {
    const e = routeError('/api/oscal/catalog?x=1', 404, { error: 'not found' });
    expect([e.code, e.message]).toEqual(['NOT_FOUND', 'The server answered 404 to /api/oscal/catalog.']);
    expect(routeError('/api/x', 502, null).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('takes the file name from Content-Disposition, the extended form first, never a directory', () => {
    expect(filenameFromDisposition('attachment; filename="ai-systems.csv"')).toBe('ai-systems.csv');
    expect(filenameFromDisposition("attachment; filename*=UTF-8''Pr%C3%BCfbericht%20Q3.pdf")).toBe('Prüfbericht Q3.pdf');
    expect(filenameFromDisposition('attachment; filename="fallback.zip"; filename*=UTF-8\'\'real.zip')).toBe('real.zip');
    expect(filenameFromDisposition('attachment; filename=plain.json')).toBe('plain.json');
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(filenameFromDisposition('attachment')).toBeNull();
    expect(filenameFromDisposition(null)).toBeNull();
  });

  it('hashes bytes as sha256sum does, and judges them against the header and the record', async () => {
    const abc = new TextEncoder().encode('abc');
    const digest = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(await sha256Hex(abc.buffer)).toBe(digest);
    expect(await sha256Hex(new Blob([abc]))).toBe(digest);
    expect(verdictOf(digest, digest.toUpperCase(), digest)).toBe('verified');
    expect(verdictOf(digest, digest, null)).toBe('verified');
    expect(verdictOf(digest, '0'.repeat(64), digest)).toBe('mismatch');
    expect(verdictOf(digest, digest, '0'.repeat(64))).toBe('mismatch');
    expect(verdictOf(null, digest)).toBe('unchecked');
    expect(verdictOf(digest, null, null)).toBe('unchecked');
  });
});
