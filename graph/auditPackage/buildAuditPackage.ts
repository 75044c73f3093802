import type { Writable } from 'node:stream';
import type { ArtifactStore } from '../artifacts/artifactStore.js';
import type { Graph } from '../db.js';
import { InputError, NotFoundError } from '../errors.js';
import { DEFAULT_EXPIRING_DAYS } from '../freshness.js';
import type { LoadProgress } from '../load.js';
import { statementOfApplicability } from '../queries/statementOfApplicability.js';
import { statementOfApplicabilityChanges } from '../queries/statementOfApplicabilityChanges.js';
import { BagWriter } from './bagWriter.js';
import { packageArtifact, type PackageProblem } from './packageArtifact.js';
import { checkDay, packageName, resolvePackageScope, type PackageScope } from './packageScope.js';
import { countScopeArtifacts, scopeArtifacts } from './scopeArtifacts.js';
import { countScopeHistory, scopeHistory } from './scopeHistory.js';
import { lineageJson, type Reached } from './scopeLineage.js';
import { soaCsv } from './soaCsv.js';
import { governanceRecord } from '../workflows/governanceRecord.js';

export interface AuditPackageRequest {
  /** `org`, the organisation's id (`ORG-…`) or an AI system's (`SYS-…`). */
  scope: string;
  /** The day the package describes, `YYYY-MM-DD`. */
  asOf: string;
  /** When given, data/soa-changes.json: the statement's changes from this day to asOf. */
  since?: string;
}

/** A request checked against the graph: what will be packaged, under which name. */
export interface AuditPackagePlan {
  scope: PackageScope;
  asOf: string;
  since: string | null;
  /** `aims-audit-<scope id>-<asOf>`: the zip's base directory, and its file name with `.zip`. */
  name: string;
}

export interface AuditPackageOptions extends AuditPackageRequest {
  graph: Graph;
  store: ArtifactStore;
  out: Writable;
  expiringDays?: number;
  onProgress?: (progress: LoadProgress) => void;
}

export interface AuditPackageReport extends AuditPackagePlan {
  /** Payload files and their bytes (Payload-Oxum). */
  files: number;
  payloadBytes: number;
  /** Bytes of the zip. */
  zipBytes: number;
  artifacts: number;
  events: number;
  problems: PackageProblem[];
  seconds: number;
}

/** Checks a request (scope, days) and names the package; throws InputError or NotFoundError before anything is written. */
export async function planAuditPackage(graph: Graph, request: AuditPackageRequest): Promise<AuditPackagePlan> {
  const asOf = checkDay('asOf', request.asOf);
  const since = request.since === undefined ? null : checkDay('since', request.since);
  if (since && since > asOf) throw new InputError('since', `since (${since}) must be on or before asOf (${asOf}).`);
  const scope = await resolvePackageScope(graph, request.scope);
  return { scope, asOf, since, name: packageName(scope.id, asOf) };
}

/**
 * The auditor's package for a scope as of a day, streamed to `out` as a zipped BagIt 1.0 bag:
 * data/statement-of-applicability.csv, lineage.json, artifacts/<evidence id>/<name>,
 * problems.json, history.json, governance.json (and soa-changes.json with `since`), then the tag files. Nothing
 * is held in memory but ids and manifest lines: the graph is read a page at a time and each
 * artifact streamed from the store. Bad input writes nothing; a failure midway cuts `out`.
 */
export async function buildAuditPackage(options: AuditPackageOptions): Promise<AuditPackageReport> {
  const started = Date.now();
  const { graph, store, out, onProgress } = options;
  const expiringDays = options.expiringDays ?? DEFAULT_EXPIRING_DAYS;
  const plan = await planAuditPackage(graph, options);
  const { scope, asOf, since, name } = plan;
  const soa = await statementOfApplicability(graph, { scopeId: scope.id, asOf, expiringDays });
  if (!soa) throw new NotFoundError('scope', scope.id, scope.label);

  const bag = new BagWriter(out, name);
  try {
    const progress = (phase: string, done: number, total: number) => onProgress?.({ phase, done, total });
    await bag.addPayload('statement-of-applicability.csv', [soaCsv(soa.rows)], { compress: true });
    progress('statement of applicability', 1, 1);

    // A system's history and artifacts are those of what its lineage reaches; the organisation's, all.
    const reached: Reached = { nodeIds: new Set(), evidenceIds: new Set() };
    const lineage = lineageJson({ graph, scope, asOf, expiringDays, controls: soa.rows, reached, onControl: (d, t) => progress('lineage', d, t) });
    await bag.addPayload('lineage.json', lineage, { compress: true });
    const evidenceIds = scope.label === 'AISystem' ? reached.evidenceIds : null;
    const nodeIds = scope.label === 'AISystem' ? new Set([...reached.nodeIds, ...reached.evidenceIds]) : null;

    const problems: PackageProblem[] = [];
    const artifactTotal = await countScopeArtifacts(graph, asOf, evidenceIds);
    let artifactsSeen = 0;
    progress('artifacts', 0, artifactTotal);
    for await (const page of scopeArtifacts(graph, asOf, evidenceIds)) {
      for (const artifact of page) {
        const problem = await packageArtifact(bag, store, artifact);
        if (problem) problems.push(problem);
        progress('artifacts', ++artifactsSeen, Math.max(artifactTotal, artifactsSeen));
      }
    }
    const problemsJson = JSON.stringify({ scope: scope.id, asOf, problems }, null, 2);
    await bag.addPayload('problems.json', [`${problemsJson}\n`], { compress: true });

    const eventTotal = await countScopeHistory(graph, asOf, nodeIds);
    let events = 0;
    const history = async function* () {
      yield `{"scope":"${scope.id}","asOf":"${asOf}","events":[`;
      for await (const page of scopeHistory(graph, asOf, nodeIds)) {
        yield page.map((e, k) => `${events + k ? ',' : ''}\n${JSON.stringify(e)}`).join('');
        events += page.length;
        progress('history', events, Math.max(eventTotal, events));
      }
      yield '\n]}\n';
    };
    await bag.addPayload('history.json', history(), { compress: true });

    await bag.addPayload('governance.json', [`${JSON.stringify(await governanceRecord(graph, scope, asOf), null, 2)}\n`], { compress: true });
    progress('governance', 1, 1);

    if (since) {
      const changes = await statementOfApplicabilityChanges(graph, { scopeId: scope.id, from: since, to: asOf, expiringDays });
      await bag.addPayload('soa-changes.json', [`${JSON.stringify(changes, null, 2)}\n`], { compress: true });
      progress('changes', 1, 1);
    }

    const packaged = artifactsSeen - problems.filter((p) => p.problem !== 'changed-while-packaging').length;
    await bag.finish([
      ['Source-Organization', scope.organization ?? scope.name],
      ['Bagging-Date', new Date().toISOString().slice(0, 10)],
      ['External-Identifier', name],
      ['External-Description', `ISO/IEC 42001 audit package of ${scope.name} as of ${asOf}: statement of applicability, lineage, evidence artifacts, change history, governance records.`],
      ['Bag-Software-Agent', 'AIMS Graph (graph/auditPackage)'],
      ['AIMS-Scope', scope.id],
      ['AIMS-Scope-Name', scope.name],
      ['AIMS-As-Of', asOf],
      ...(since ? [['AIMS-Since', since] as const] : []),
      ['AIMS-Artifacts', String(packaged)],
      ['AIMS-Problems', String(problems.length)],
    ]);
    const { files, octets } = bag.payloadTotals;
    return { ...plan, files, payloadBytes: octets, zipBytes: bag.bytes, artifacts: packaged, events, problems, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    bag.abort(error);
    throw error;
  }
}
