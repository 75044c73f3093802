/** Where the reference OSCAL files are (the NIST SP 800-53 rev5 moderate baseline and the OSCAL basic example). */
export const oscalDir = new URL('./catalogs', import.meta.url).pathname;

interface Item {
  id?: string;
  title: unknown;
  [key: string]: unknown;
}

export const control = (id: string, controls?: Item[]): Item => ({ id, title: `Control ${id}`, ...(controls ? { controls } : {}) });

export const group = (id: string, controls: Item[], groups?: Item[]): Item & { controls?: Item[] } => ({
  id, title: `Group ${id}`, controls, ...(groups ? { groups } : {}),
});

/** A minimal valid OSCAL 1.1 catalog around the given groups and controls. */
export function catalogOf(body: { groups?: Item[]; controls?: Item[] }) {
  return {
    catalog: {
      uuid: '0b3e4f6a-5d2c-4e8f-9a1b-2c3d4e5f6a7b',
      metadata: { title: 'Edge cases', 'last-modified': '2026-01-01T00:00:00Z', version: '1', 'oscal-version': '1.1.2' },
      ...body,
    },
  };
}
