import { createHash } from 'node:crypto';

/** Our namespace for name-based uuids: the v5 uuid of `urn:aims-graph:oscal` in the URL namespace. */
export const AIMS_UUID_NAMESPACE = '2154c603-f833-507d-b1c1-efd4bd0c3413';

/**
 * A version 5 (name-based, SHA-1) uuid, RFC 9562: the same name gives the same uuid, so an export
 * of the same graph names its documents, components and requirements the same way every time.
 */
export function uuidV5(name: string, namespace = AIMS_UUID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
