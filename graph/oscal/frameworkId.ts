import { InputError } from '../errors.js';
import { idPrefixes, labelOfId } from '../ids.js';

const SHAPE = /^[A-Z][A-Z0-9]*(-[A-Za-z0-9]+)*$/;

/**
 * Checks the id a user gives an imported catalog's Standard: the Standard scheme of ids.ts
 * (`NIST-SP-800-53`), and none of the organisation's prefixes (`SYS-…` would read as a system).
 * Its requirements are `<id>:<ref>`.
 */
export function checkFrameworkId(id: string, field = 'id'): string {
  if (!SHAPE.test(id) || id.length > 64) {
    throw new InputError(field, `"${id}" is not a framework id: use capitals and digits, in words joined by hyphens (e.g. NIST-SP-800-53), at most 64 characters.`);
  }
  const label = labelOfId(id);
  if (label !== 'Standard') {
    const prefix = idPrefixes[label as keyof typeof idPrefixes] ?? 'a prefix';
    throw new InputError(field, `"${id}" starts with ${prefix} which names ${label ?? 'other'} nodes; choose a framework id that does not.`);
  }
  return id;
}
