import { createHash } from 'node:crypto';
import { existsSync, type WriteStream } from 'node:fs';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import type { Graph, Row } from '../db.js';
import { canonicalPropertiesOf, DigestBuilder, type CanonicalProperty } from '../digest.js';
import type { LoadProgress } from '../load.js';
import { isRelationshipType, labelNames } from '../model.js';
import { int } from '../plain.js';
import { UserFacingError } from '../server/errors.js';
import { BackupRefusedError } from './errors.js';
import { FORMAT, isKnownType, manifestPathOf, toFileValue, VERSION, type FileProperties, type Manifest } from './format.js';
import { graphTotals } from './graphTotals.js';

export interface ExportOptions {
  onProgress?: (p: LoadProgress) => void;
  /** Nodes per read; relationships are read with their start nodes, a fifth as many per read. */
  pageSize?: number;
}

export interface ExportReport {
  file: string;
  manifestFile: string;
  manifest: Manifest;
}

// Pages follow each label's unique index on id (keyset paging, no SKIP): each read seeks where the
// last one stopped, in id order, so the file comes out the same for the same graph.
const nodePage = (label: string, first: boolean) => `
  MATCH (n:${label}) WHERE n.id ${first ? '>=' : '>'} $after
  WITH n ORDER BY n.id LIMIT $limit
  RETURN n.id AS id, ${canonicalPropertiesOf('n')} AS props`;
const relationshipPage = (label: string, first: boolean) => `
  MATCH (a:${label}) WHERE a.id ${first ? '>=' : '>'} $after
  WITH a ORDER BY a.id LIMIT $limit
  RETURN a.id AS id, [(a)-[r]->(b) | [type(r), labels(b), b.id, ${canonicalPropertiesOf('r')}]] AS out`;
// Keyset paging and the file's references need every node to have one known label and a string id.
const IRREGULAR = `
  MATCH (n) WHERE size(labels(n)) <> 1 OR NOT labels(n)[0] IN $labels OR valueType(n.id) <> 'STRING NOT NULL'
  RETURN labels(n) AS labels, toString(n.id) AS id LIMIT 1`;

type Out = [type: string, endLabels: string[], endId: string, props: CanonicalProperty[]];

/**
 * Writes the whole graph to `file` (see format.ts) and its manifest beside it, read in pages and
 * written as it is read. The file appears under its name only once complete. Writes to the graph
 * during an export would make the file inconsistent: stop the server (or other writers) first;
 * an export that sees the counts change while it runs is refused.
 */
export async function exportBackup(graph: Graph, file: string, options: ExportOptions = {}): Promise<ExportReport> {
  const manifestFile = manifestPathOf(file);
  for (const path of [file, manifestFile]) {
    if (existsSync(path)) throw new BackupRefusedError(`${path} already exists; choose another file (--out).`);
  }
  const [irregular] = await graph.read(IRREGULAR, { labels: labelNames });
  if (irregular) {
    throw new BackupRefusedError(
      `The graph holds a node a backup cannot name (labels ${JSON.stringify(irregular.labels)}, id ${JSON.stringify(irregular.id)}): ` +
        'every node needs exactly one label of the model and a string id.',
    );
  }
  const before = await graphTotals(graph);
  const partial = `${file}.partial`;
  const handle = await open(partial, 'w').catch((e: Error) => {
    throw new UserFacingError(`Cannot write ${file}: ${e.message}`);
  });
  const out = new HashedWriter(handle.createWriteStream());
  try {
    const manifest = await writeGraph(graph, out, before.nodes + before.relationships, options);
    await out.close();
    const after = await graphTotals(graph);
    for (const counts of [before, after]) {
      if (counts.nodes !== manifest.nodes.total || counts.relationships !== manifest.relationships.total) {
        throw new BackupRefusedError(
          `The graph changed while it was exported (${counts.nodes} nodes and ${counts.relationships} relationships counted, ` +
            `${manifest.nodes.total} and ${manifest.relationships.total} written): stop what writes to it and export again.`,
        );
      }
    }
    await rename(partial, file);
    await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    return { file, manifestFile, manifest };
  } finally {
    // Already closed on success; on failure the first error is the one to report.
    await out.close().catch(() => {});
    await rm(partial, { force: true });
  }
}

async function writeGraph(graph: Graph, out: HashedWriter, total: number, options: ExportOptions): Promise<Manifest> {
  const pageSize = options.pageSize ?? 5000;
  const digest = new DigestBuilder();
  const byLabel: Record<string, number> = {};
  const byType: Record<string, number> = {};
  let done = 0;
  const progress = (phase: string) => options.onProgress?.({ phase, done, total });
  await out.write(`${JSON.stringify({ format: FORMAT, version: VERSION })}\n`);

  for (const label of labelNames) {
    for await (const rows of pages(graph, nodePage(label, true), nodePage(label, false), pageSize)) {
      let text = '';
      for (const row of rows) {
        const props = sortedByKey(row.props as CanonicalProperty[]);
        text += `${JSON.stringify({ n: label, p: fileProperties(props, `${label} ${String(row.id)}`) })}\n`;
        digest.addNode([label], props);
      }
      await out.write(text);
      byLabel[label] = (byLabel[label] ?? 0) + rows.length;
      done += rows.length;
      progress(`nodes: ${label}`);
    }
  }

  for (const label of labelNames) {
    const starts = Math.max(1, Math.floor(pageSize / 5));
    for await (const rows of pages(graph, relationshipPage(label, true), relationshipPage(label, false), starts)) {
      let text = '';
      for (const row of rows) {
        const from = row.id as string;
        const fromKey = DigestBuilder.nodeKey([], [['id', 'STRING', from]]);
        const outgoing = (row.out as Out[]).map(([t, l, e, props]): Out => [t, l, e, sortedByKey(props)]).sort(byTypeAndEnd);
        for (const [type, endLabels, endId, props] of outgoing) {
          const where = `${type} from ${label} ${from}`;
          const [endLabel] = endLabels;
          if (!isRelationshipType(type)) throw new BackupRefusedError(`${where}: the model knows no relationship type ${type}.`);
          if (endLabels.length !== 1 || typeof endId !== 'string') throw new BackupRefusedError(`${where}: its end has no single label and id.`);
          text += `${JSON.stringify({ r: type, a: [label, from], b: [endLabel, endId], p: fileProperties(props, where) })}\n`;
          digest.addRelationship(type, fromKey, DigestBuilder.nodeKey([], [['id', 'STRING', endId]]), props);
          byType[type] = (byType[type] ?? 0) + 1;
        }
        done += outgoing.length;
      }
      await out.write(text);
      progress(`relationships from ${label}`);
    }
  }

  const { sha256: graphDigest, nodes, relationships } = digest.result();
  options.onProgress?.({ phase: 'done', done: total, total });
  return {
    format: FORMAT,
    version: VERSION,
    exportedAt: new Date().toISOString(),
    bytes: out.bytes,
    sha256: out.sha256(),
    nodes: { total: nodes, byLabel },
    relationships: { total: relationships, byType },
    graphDigest,
  };
}

/** Keyset pages of a query returning `id`: each read starts after the last id of the one before. */
async function* pages(graph: Graph, first: string, rest: string, limit: number): AsyncGenerator<Row[]> {
  const read = (cypher: string, after: string) => graph.read(cypher, { after, limit: int(limit) });
  let next = read(first, '');
  for (;;) {
    const rows = await next;
    if (rows.length === 0) return;
    // The next page is read while this one is written.
    next = rows.length < limit ? Promise.resolve([]) : read(rest, rows[rows.length - 1]!.id as string);
    yield rows;
  }
}

function fileProperties(props: CanonicalProperty[], where: string): FileProperties {
  for (const [key, type] of props) {
    if (!isKnownType(type)) throw new BackupRefusedError(`${where}: property "${key}" is a ${type}, which a backup does not carry.`);
  }
  // fromEntries defines each key as its own property, even one named __proto__.
  return Object.fromEntries(props.map((prop) => [prop[0], toFileValue(prop)]));
}

// Keys in order, so that the same graph gives the same file wherever Neo4j stored it.
const sortedByKey = (props: CanonicalProperty[]) => [...props].sort((x, y) => compare(x[0], y[0]));

// Parallel relationships (MAPS_TO from several sources) are told apart by their properties.
function byTypeAndEnd(x: Out, y: Out): number {
  return compare(x[0], y[0]) || compare(x[1][0] ?? '', y[1][0] ?? '') || compare(x[2], y[2]) || compare(JSON.stringify(x[3]), JSON.stringify(y[3]));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A file written with backpressure, hashing exactly the bytes it writes. */
class HashedWriter {
  bytes = 0;
  private readonly hash = createHash('sha256');
  private closed = false;
  private failed?: Error;

  constructor(private readonly stream: WriteStream) {
    // A write error (disk full) is thrown by the next write, not left to crash the process.
    stream.on('error', (e) => (this.failed = e));
  }

  async write(text: string): Promise<void> {
    if (this.failed) throw this.failed;
    const buffer = Buffer.from(text, 'utf8');
    this.hash.update(buffer);
    this.bytes += buffer.length;
    if (!this.stream.write(buffer)) await once(this.stream, 'drain');
  }

  sha256(): string {
    return this.hash.copy().digest('hex');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await new Promise<void>((resolve, reject) => this.stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
  }
}
