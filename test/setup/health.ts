/** The body of GET /health, as clients read it. */
export interface HealthBody {
  status: 'ok' | 'degraded';
  neo4j: { reachable: boolean; version?: string; edition?: string };
  counts: Record<string, number>;
  relationships: number;
}

export async function getHealth(url: string): Promise<{ status: number; body: HealthBody }> {
  const res = await fetch(`${url}/health`);
  return { status: res.status, body: (await res.json()) as HealthBody };
}
