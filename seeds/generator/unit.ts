import type { GraphData } from '../../graph/graphData.js';
import type { Clock } from '../organization/clock.js';
import type { SystemKind } from '../organization/types.js';
import { ChunkBuilder, pad } from './chunk.js';
import { fastClock } from './days.js';
import { addControls, controlIds, riskSourceIds, type Scope } from './controls.js';
import { randomFor, zipf, type Random } from './random.js';
import {
  businessLines, channelKinds, customerFacingKinds, datasetTemplates, firstNames, fixedChannel, groupPlatforms, kindNames,
  lastNames, marketLanguages, markets, modelTypes, referencePlatforms, referenceVendors, riskTemplates, unitKindWeights,
  unitRoles, vendorModelTypes, vendorServices, vendorSuffixes, vendorSyllables,
} from './vocabulary.js';

const ORG = 'ORG-BRIGHTWATER';
export const PLATFORM_CODE = 'GRP';
export const GLOBAL_VENDORS = 60;

/** Ids of the group platforms and global vendors: fixed counts, so units can name them without generating them. */
export const groupPlatformIds = groupPlatforms.map((_, i) => `SYS-${PLATFORM_CODE}-${pad(i + 1, 4)}`);
export const globalVendorIds = Array.from({ length: GLOBAL_VENDORS }, (_, i) => `VND-${PLATFORM_CODE}-${pad(i + 1, 3)}`);

/** Unit 0 is the group platform chunk; units 1… are business units (a market and a business line). */
export const unitCode = (unit: number): string => (unit === 0 ? PLATFORM_CODE : `U${pad(unit, 4)}`);
export function unitName(unit: number): string {
  if (unit === 0) return 'Group Platforms';
  const market = markets[(unit - 1) % markets.length] as string;
  const line = businessLines[Math.floor((unit - 1) / markets.length) % businessLines.length] as string;
  return `${market} ${line}`;
}

interface Sys { id: string; kind: SystemKind; name: string; retired: boolean; datasets: string[] }

/**
 * One chunk of growth: the group platforms (unit 0) or one business unit. Everything a unit links
 * to is in the unit itself, the reference organisation, the platform chunk or the catalog, and
 * its random stream depends only on (seed, unit), so any unit can be generated alone.
 */
export function generateUnit(seed: string | number, unit: number, today: string): GraphData {
  const platform = unit === 0;
  const code = unitCode(unit);
  const name = unitName(unit);
  const r = randomFor(seed, code);
  const t = fastClock(today);
  const b = new ChunkBuilder();
  const market = markets[(unit - 1 + markets.length) % markets.length] as (typeof markets)[number];
  const languages = platform ? ['en', 'es', 'pl', 'pt'] : marketLanguages[market];

  // People and teams. Each unit's head sits on the group AI governance committee.
  const people = unitRoles.map(([jobTitle, aimsRole, role], i) => {
    const [first, last] = [r.pick(firstNames), r.pick(lastNames)];
    const id = b.node('Person', {
      id: `PER-${code}-${pad(i + 1, 2)}`, name: `${first} ${last}`, jobTitle: `${jobTitle}, ${name}`, aimsRole,
      email: `${first}.${last}.${code}`.toLowerCase().normalize('NFD').replace(/[^a-z0-9.]/g, '') + '@brightwater.example',
    });
    b.link('MEMBER_OF', id, `TEAM-${code}-${[1, 3, 4].includes(i) ? 'DATA' : 'CX-AI'}`, { role });
    if (i === 0) b.link('MEMBER_OF', id, 'TEAM-GOV-COMMITTEE', { role: 'member' });
    return id;
  });
  const person = (i: number): string => people[i] as string;
  const [cxTeam, dataTeam] = [`TEAM-${code}-CX-AI`, `TEAM-${code}-DATA`];
  b.node('Team', { id: cxTeam, name: `${name} CX AI Operations`, purpose: `Runs the AI systems of ${name} day to day.` });
  b.node('Team', { id: dataTeam, name: `${name} Data`, purpose: `Owns the data and models of ${name}.` });
  b.link('OWNS', person(0), cxTeam);
  b.link('OWNS', person(3), dataTeam);

  // Vendors: the platform chunk holds the global ones; a unit adds two local suppliers.
  const localVendors = (platform ? globalVendorIds : [1, 2].map((i) => `VND-${code}-${pad(i, 3)}`)).map((id) => {
    const [service, criticality] = r.pick(vendorServices);
    b.node('Vendor', {
      id, name: `${r.pick(vendorSyllables)}${r.pick(vendorSuffixes)}${platform ? '' : ` ${market}`}`, service, criticality,
      slaUptime: r.pick([99.5, 99.9, 99.95, 99.99]), slaResponseHours: r.pick([1, 2, 4, 8, 24]), lastAssessedOn: t.day(-r.int(20, 500)),
    });
    b.link('OWNS', person(4), id);
    return id;
  });
  // Shared vendors by power law: the reference's LLM and cloud providers serve almost everyone.
  const sharedVendors = platform ? referenceVendors : [...referenceVendors, ...globalVendorIds];
  const vendorRank = zipf(sharedVendors.length, 1.1);
  const vendor = (): string => (r.chance(platform ? 0.3 : 0.2) ? r.pick(localVendors) : (sharedVendors[vendorRank(r)] as string));

  const datasetScopes: Scope[] = [];
  const datasets = Array.from({ length: platform ? 10 : r.int(9, 14) }, (_, i) => {
    const tpl = datasetTemplates[i % datasetTemplates.length] as (typeof datasetTemplates)[number];
    datasetScopes.push({ id: `DS-${code}-${pad(i + 1, 2)}`, kind: 'dataset', name: `${tpl.name}, ${name}` });
    const id = b.node('Dataset', {
      id: `DS-${code}-${pad(i + 1, 2)}`, name: `${tpl.name}, ${name}`, provenance: tpl.provenance, personalData: tpl.personalData,
      languages, retentionDays: tpl.retentionDays, description: `${tpl.name} for ${name}.`,
      knownLimitations: r.pick(['Under-represents older customers.', 'Few samples in minority languages.', 'Labels lag product launches.', 'None recorded.']),
    });
    b.link('OWNS', r.chance(0.7) ? person(3) : dataTeam, id);
    if (r.chance(0.2)) b.link('PROVIDED_BY', id, vendor());
    return id;
  });
  const datasetRank = zipf(datasets.length, 1);
  const dataset = (): string => datasets[datasetRank(r)] as string;

  // Systems: ML services first, so channel systems can call earlier ones and DEPENDS_ON never cycles.
  const kinds: SystemKind[] = platform
    ? groupPlatforms.map(([k]) => k)
    : Array.from({ length: r.int(21, 30) }, () => r.weighted(unitKindWeights)).sort((a, c) => Number(channelKinds.includes(a)) - Number(channelKinds.includes(c)));
  const hubs = platform ? referencePlatforms : [...referencePlatforms, ...groupPlatformIds];
  const hubRank = zipf(hubs.length, 1.2);
  const systems: Sys[] = [];
  const scopes: Scope[] = [];
  kinds.forEach((kind, i) => {
    const id = `SYS-${code}-${pad(i + 1, 4)}`;
    const sysName = platform ? (groupPlatforms[i] as readonly [SystemKind, string])[1] : `${name} ${kindNames[kind]} ${i + 1}`;
    const stage = platform ? r.weighted([['production', 9], ['validation', 1]] as const)
      : r.weighted([['production', 60], ['validation', 10], ['development', 10], ['design', 6], ['retired', 8]] as const);
    const customerFacing = customerFacingKinds.includes(kind);
    b.node('AISystem', {
      id, name: sysName, kind, channel: fixedChannel[kind] ?? (platform ? 'omnichannel' : r.pick(['chat', 'voice', 'email', 'omnichannel'])),
      lifecycleStage: stage, customerFacing, description: `${kindNames[kind]} serving ${name}, ${stage}.`,
      riskTier: r.weighted(customerFacing ? ([['high', 5], ['medium', 4], ['low', 1]] as const) : ([['high', 2], ['medium', 5], ['low', 3]] as const)),
    });
    b.link('OPERATES', ORG, id);
    // A few systems have no accountable owner: a realistic gap the explorer should surface.
    if (!r.chance(0.03)) b.link('OWNS', r.chance(0.1) ? cxTeam : person(r.pick([1, 2, 6])), id);
    const retired = stage === 'retired';
    const channel = channelKinds.includes(kind);
    const local = systems.filter((s) => !channelKinds.includes(s.kind));
    const nDeps = retired ? r.int(0, 1) : channel ? r.int(2, 5) : r.int(0, 2);
    const deps = r.distinct(nDeps, () => (local.length && r.chance(platform ? 0.3 : 0.25) ? r.pick(local).id : (hubs[hubRank(r)] as string)));
    for (const dep of deps) b.link('DEPENDS_ON', id, dep, { purpose: `relies on ${dep} at run time` });
    const uses = r.distinct(r.int(1, 3), dataset);
    for (const ds of uses) {
      b.link('USES', id, ds, { purpose: kind === 'retrieval' ? 'retrieval' : r.weighted([['training', 3], ['evaluation', 3], ['inference', 2]] as const) });
    }
    if (r.chance(kind === 'voice-bot' || kind === 'speech-to-text' ? 0.5 : 0.08)) b.link('PROVIDED_BY', id, vendor());
    const sys: Sys = { id, kind, name: sysName, retired, datasets: uses };
    systems.push(sys);
    scopes.push({ id, kind: 'system', name: sysName, retired });
    if (platform || r.chance(channel ? 0.45 : 0.9)) addModels(b, r, t, sys, dataset, vendor, person(1), dataTeam, scopes);
  });

  addRisks(b, r, code, name, systems, hubs, hubRank, [person(7), person(7), person(0), person(1), person(3)]);
  scopes.push(...datasetScopes);
  for (const v of localVendors) scopes.push({ id: v, kind: 'vendor', name: `supplier ${v}` });
  addControls(b, r, t, code, scopes, people);
  return b.build();
}

/** One to three versions of a system's model; the newest is RUN, older ones stay for lineage. */
function addModels(
  b: ChunkBuilder, r: Random, t: Clock, sys: Sys, dataset: () => string, vendor: () => string,
  mlLead: string, dataTeam: string, scopes: Scope[],
): void {
  const modelType = modelTypes[sys.kind];
  const bought = vendorModelTypes.includes(modelType);
  const supplier = bought ? vendor() : null;
  const versions = r.int(1, 3);
  const newest = r.int(1, 4) + versions - 1;
  let released = -r.int(20, 300);
  for (let v = 0; v < versions; v++) {
    const version = `${newest - v}.${r.int(0, 9)}`;
    const id = b.node('Model', {
      id: `MDL-${sys.id.slice(4)}-V${newest - v}`, name: `${sys.name} model`, version, modelType, releasedOn: t.day(released),
      description: `${modelType} behind ${sys.name}, version ${version}.`,
    });
    b.link('OWNS', r.chance(0.8) ? mlLead : dataTeam, id);
    if (v === 0) b.link('RUNS', sys.id, id);
    if (supplier) b.link('PROVIDED_BY', id, supplier);
    else for (const ds of r.distinct(r.int(1, 2), () => (r.chance(0.6) && sys.datasets.length ? r.pick(sys.datasets) : dataset()))) b.link('TRAINED_ON', id, ds);
    scopes.push({ id, kind: 'model', name: `${sys.name} model ${version}` });
    released -= r.int(120, 400);
  }
}

/** Risks per system from templates; a few also threaten a platform hub, a few have no control yet. */
function addRisks(
  b: ChunkBuilder, r: Random, code: string, name: string, systems: Sys[], hubs: readonly string[],
  hubRank: (r: Random) => number, owners: string[],
): void {
  let n = 0;
  for (const sys of systems) {
    for (let k = sys.retired ? 1 : r.int(3, 6); k > 0; k--) {
      const tpl = r.pick(riskTemplates);
      const [likelihood, impact] = [r.int(1, 5), r.int(2, 5)];
      const id = b.node('Risk', {
        id: `RSK-${code}-${pad(++n, 4)}`, title: `${tpl.title}: ${sys.name}`, category: tpl.category,
        description: `${tpl.title} in ${sys.name}, ${name}.`, likelihood, impact,
        residualLikelihood: Math.max(1, likelihood - r.int(0, 2)), residualImpact: Math.max(1, impact - r.int(0, 1)),
        treatment: r.weighted([['mitigate', 80], ['accept', 10], ['transfer', 6], ['avoid', 4]] as const),
        appetite: r.chance(0.1) ? r.int(4, 12) : undefined,
      });
      b.link('OWNS', r.pick(owners), id);
      const targets = new Set([sys.id]);
      if (sys.datasets.length && r.chance(0.5)) targets.add(r.pick(sys.datasets));
      if (r.chance(0.1)) targets.add(hubs[hubRank(r)] as string);
      for (const target of targets) b.link('THREATENS', id, target);
      for (const source of new Set([...tpl.arisesFrom, ...(r.chance(0.2) ? [r.pick(riskSourceIds)] : [])])) b.link('ARISES_FROM', id, source);
      if (r.chance(0.06)) continue; // an unmitigated risk: a gap to find
      for (const control of new Set([...tpl.mitigatedBy, ...(r.chance(0.3) ? [r.pick(controlIds)] : [])])) b.link('MITIGATES', control, id);
    }
  }
}
