/**
 * What a key's role may do, as api/permissions.ts grants it. The explorer offers only what the
 * server would allow (uploads to editors, audit packages to auditors); the server still decides.
 */
export type Capability = 'read' | 'history' | 'write' | 'admin';

const GRANTED: Record<string, readonly Capability[]> = {
  viewer: ['read'],
  auditor: ['read', 'history'],
  editor: ['read', 'write'],
  admin: ['read', 'history', 'write', 'admin'],
};

/** `role` as the API names it (`EDITOR` in GraphQL's enum, `editor` in the key store). */
export function may(role: string | null | undefined, capability: Capability): boolean {
  return !!role && (GRANTED[role.toLowerCase()]?.includes(capability) ?? false);
}
