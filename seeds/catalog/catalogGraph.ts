import type { GraphData, NodeRow, RelationshipBatch, RelationshipRow } from '../../graph/graphData.js';
import { controlClauseLinks, EVERY_CONTROL_CLAUSE } from './controlClauses.js';
import euAiActJson from './eu-ai-act.json' with { type: 'json' };
import isoJson from './iso42001.json' with { type: 'json' };
import nistJson from './nist-ai-rmf.json' with { type: 'json' };

/**
 * The ISO/IEC 42001 catalog and the crosswalk targets as graph data. The JSON files beside this
 * one are verbatim copies of the reference files (ids and titles are facts; summaries are ours),
 * imported so that the build carries them; nothing reads ../shared at run time.
 */
export interface CatalogFiles {
  iso: IsoFile;
  nist: NistFile;
  euAiAct: EuAiActFile;
}

interface IsoFile {
  standard: string;
  clauses: { id: string; title: string; parent: string | null; summary: string }[];
  annexA: {
    objectives: { id: string; title: string; kind: 'area' | 'sub-objective'; parent?: string; objectiveRef: string | null; summary: string }[];
    controls: { id: string; title: string; objective: string; area: string; summary: string }[];
  };
  annexC: {
    objectives: { id: string; title: string; summary: string }[];
    riskSources: { id: string; title: string; summary: string }[];
  };
  crosswalks: { from: string; to: string; source: string; confidence: string; basis?: string; note?: string }[];
}

interface NistFile {
  title: string;
  publication: string;
  published: string;
  license: string;
  source: string[];
  functions: { id: string; title: string; description: string }[];
  categories: { id: string; function: string; statement: string }[];
  subcategories: { id: string; category: string; statement: string }[];
}

interface EuAiActFile {
  title: string;
  oj: string;
  license: string;
  source: string[];
  chapters: { id: string; number: number; title: string }[];
  sections: { id: string; chapter: string; number: number; title: string }[];
  articles: { id: string; number: number; title: string; chapter: string; section: string | null }[];
  annexes: { id: string; number: string; title: string }[];
}

export const ISO = 'ISO42001';
export const NIST = 'NIST-AI-RMF';
export const EU = 'EU-AI-Act';

export class CatalogError extends Error {
  override readonly name = 'CatalogError';
}

/** A fresh copy of the catalog files, safe for a caller to change. */
export function readCatalogFiles(): CatalogFiles {
  return structuredClone({ iso: isoJson, nist: nistJson, euAiAct: euAiActJson }) as unknown as CatalogFiles;
}

/** Zero-pads each numeric segment so that `A.10.2` sorts after `A.9.4`. */
export function sortKey(id: string): string {
  return id.replace(/\d+/g, (n) => n.padStart(3, '0'));
}

export function catalogGraph(files: CatalogFiles = readCatalogFiles()): GraphData {
  const { iso, nist, euAiAct } = files;
  const partOf = new Map<string, RelationshipRow[]>();
  const link = (from: string, to: string, key: string) => {
    if (!partOf.has(key)) partOf.set(key, []);
    partOf.get(key)!.push({ from, to });
  };

  const standards: NodeRow[] = [
    {
      id: ISO,
      title: 'ISO/IEC 42001:2023 Information technology - Artificial intelligence - Management system',
      publisher: 'ISO/IEC JTC 1/SC 42',
      version: '2023',
      license: 'Clause and control numbers and titles are cited as facts; summaries are our own.',
      source: 'https://www.iso.org/standard/81230.html',
    },
    { id: NIST, title: nist.title, publisher: 'NIST', version: `${nist.publication} (${nist.published})`, license: nist.license, source: nist.source[0] ?? null },
    { id: EU, title: euAiAct.title, publisher: 'European Union', version: euAiAct.oj, license: euAiAct.license, source: euAiAct.source[0] ?? null },
  ];

  const clauses: NodeRow[] = iso.clauses.map((c) => {
    link(c.id, c.parent ?? ISO, c.parent ? 'Clause>Clause' : 'Clause>Standard');
    return { id: c.id, title: c.title, summary: c.summary, depth: c.id.split('.').length, sort: sortKey(c.id) };
  });

  const headings = new Map(iso.annexA.objectives.map((o) => [o.id, o]));
  const areas: NodeRow[] = iso.annexA.objectives
    .filter((o) => o.kind === 'area')
    .map((o) => {
      link(o.id, ISO, 'ControlArea>Standard');
      return { id: o.id, title: o.title, summary: o.summary, sort: sortKey(o.id) };
    });
  const objectives: NodeRow[] = iso.annexA.objectives
    .filter((o) => o.objectiveRef)
    .map((o) => {
      link(o.objectiveRef!, o.kind === 'area' ? o.id : o.parent!, 'ControlObjective>ControlArea');
      return { id: o.objectiveRef!, heading: o.id, title: o.title, summary: o.summary };
    });
  const controls: NodeRow[] = iso.annexA.controls.map((c) => {
    const objective = headings.get(c.objective)?.objectiveRef;
    if (!objective) throw new CatalogError(`control ${c.id} names objective ${c.objective}, which has no objective statement`);
    link(c.id, objective, 'Control>ControlObjective');
    return { id: c.id, title: c.title, summary: c.summary, sort: sortKey(c.id) };
  });
  const orgObjectives: NodeRow[] = iso.annexC.objectives.map((o) => {
    link(o.id, ISO, 'OrganizationalObjective>Standard');
    return { id: o.id, title: o.title, summary: o.summary };
  });
  const riskSources: NodeRow[] = iso.annexC.riskSources.map((o) => {
    link(o.id, ISO, 'RiskSource>Standard');
    return { id: o.id, title: o.title, summary: o.summary };
  });

  const requirements: NodeRow[] = [];
  const requirement = (framework: string, kind: string, ref: string, title: string, text: string | null, parent: string, sort = sortKey(ref)) => {
    const id = `${framework}:${ref}`;
    requirements.push({ id, framework, kind, ref, title, text, sort });
    link(id, parent, parent.includes(':') ? 'Requirement>Requirement' : 'Requirement>Standard');
  };
  for (const f of nist.functions) requirement(NIST, 'function', f.id, f.title, f.description, NIST);
  for (const c of nist.categories) requirement(NIST, 'category', c.id, c.statement, null, `${NIST}:${c.function}`);
  for (const s of nist.subcategories) requirement(NIST, 'subcategory', s.id, s.statement, null, `${NIST}:${s.category}`);
  // The Act numbers chapters and annexes in Roman numerals: its items sort in the order of the text
  // (chapters before annexes, each list as EUR-Lex gives it), not by their refs.
  const inText = (rank: number, index: number) => `${rank}.${String(index).padStart(4, '0')}`;
  euAiAct.chapters.forEach((c, i) => requirement(EU, 'chapter', `Chapter ${c.id}`, c.title, null, EU, inText(1, i)));
  euAiAct.sections.forEach((s, i) => requirement(EU, 'section', `Section ${s.id}`, s.title, null, `${EU}:Chapter ${s.chapter}`, inText(2, i)));
  euAiAct.articles.forEach((a, i) => {
    const parent = a.section ? `${EU}:Section ${a.section}` : `${EU}:Chapter ${a.chapter}`;
    requirement(EU, 'article', a.id, a.title, null, parent, inText(3, i));
  });
  euAiAct.annexes.forEach((a, i) => requirement(EU, 'annex', a.id, a.title, null, EU, inText(4, i)));

  const nodes = [
    { label: 'Standard' as const, rows: standards },
    { label: 'Clause' as const, rows: clauses },
    { label: 'ControlArea' as const, rows: areas },
    { label: 'ControlObjective' as const, rows: objectives },
    { label: 'Control' as const, rows: controls },
    { label: 'OrganizationalObjective' as const, rows: orgObjectives },
    { label: 'RiskSource' as const, rows: riskSources },
    { label: 'Requirement' as const, rows: requirements },
  ];

  const relationships: RelationshipBatch[] = [...partOf].map(([key, rows]) => {
    const [from, to] = key.split('>') as [RelationshipBatch['from'], RelationshipBatch['to']];
    return { type: 'PART_OF', from, to, rows };
  });
  relationships.push(...addressBatches(controls, clauses));
  relationships.push(...crosswalkBatches(iso.crosswalks, { Clause: clauses, ControlArea: areas, Control: controls }, requirements));
  return { nodes, relationships };
}

function addressBatches(controls: NodeRow[], clauses: NodeRow[]): RelationshipBatch[] {
  const clauseIds = new Set(clauses.map((c) => c.id));
  const rows: RelationshipRow[] = [];
  for (const control of controls) {
    const area = control.id.split('.').slice(0, 2).join('.');
    rows.push({ from: control.id, to: EVERY_CONTROL_CLAUSE.clause, properties: { basis: EVERY_CONTROL_CLAUSE.basis } });
    for (const clause of controlClauseLinks[area] ?? []) {
      rows.push({ from: control.id, to: clause.clause, properties: { basis: clause.basis } });
    }
  }
  const unknown = rows.filter((r) => !clauseIds.has(r.to));
  if (unknown.length) throw new CatalogError(`control-to-clause links name unknown clauses: ${unknown.map((r) => r.to).join(', ')}`);
  return [{ type: 'ADDRESSES', from: 'Control', to: 'Clause', rows }];
}

const crosswalkSources = ['Clause', 'ControlArea', 'Control'] as const;
type CrosswalkSource = (typeof crosswalkSources)[number];

/** Crosswalk rows become MAPS_TO relationships, one per source; a row naming an unknown id stops the load. */
function crosswalkBatches(
  crosswalks: IsoFile['crosswalks'],
  sources: Record<CrosswalkSource, NodeRow[]>,
  requirements: NodeRow[],
): RelationshipBatch[] {
  const sourceLabel = new Map<string, CrosswalkSource>();
  for (const label of crosswalkSources) for (const row of sources[label]) sourceLabel.set(row.id, label);
  const targets = new Set(requirements.map((r) => r.id));
  const problems: string[] = [];
  const byLabel: Record<CrosswalkSource, RelationshipRow[]> = { Clause: [], ControlArea: [], Control: [] };
  crosswalks.forEach((row, i) => {
    const fromLabel = sourceLabel.get(row.from);
    if (!fromLabel) problems.push(`row ${i + 1}: "${row.from}" is not an ISO 42001 clause, Annex A area or control`);
    if (!targets.has(row.to)) problems.push(`row ${i + 1}: "${row.to}" is in no catalog (NIST AI RMF or EU AI Act)`);
    if (!['high', 'medium', 'low'].includes(row.confidence)) problems.push(`row ${i + 1}: confidence "${row.confidence}" is not high, medium or low`);
    if (fromLabel) {
      byLabel[fromLabel].push({
        from: row.from,
        to: row.to,
        properties: { source: row.source, confidence: row.confidence, basis: row.basis ?? null, note: row.note ?? null },
      });
    }
  });
  if (problems.length) {
    throw new CatalogError(`The crosswalk has ${problems.length} bad row(s):\n  ${problems.slice(0, 20).join('\n  ')}`);
  }
  return crosswalkSources.map((from) => ({
    type: 'MAPS_TO',
    from,
    to: 'Requirement',
    mergeOn: ['source'],
    rows: byLabel[from],
  }));
}
