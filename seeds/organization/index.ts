import type { GraphData } from '../../graph/graphData.js';
import { audits, findings, managementReviews } from './assurance.js';
import { buildGraph, evidenceItems, type OrganizationRecords } from './build.js';
import { changeRequests } from './changeRequests.js';
import { clock, type Clock } from './clock.js';
import { datasets, models, vendors } from './data.js';
import { evidence } from './evidence.js';
import { referenceHistory } from './history.js';
import type { EvidenceDocument } from './evidenceDocument.js';
import { impactAssessments } from './impactAssessments.js';
import { implementations } from './implementations.js';
import { kpis } from './kpis.js';
import { measurements } from './measurements.js';
import { people, policies, teams } from './people.js';
import { incidents, risks } from './risks.js';
import { systems } from './systems.js';
import type { OrganizationRecord } from './types.js';

export const organization: OrganizationRecord = {
  id: 'ORG-BRIGHTWATER',
  name: 'Brightwater Telecom',
  sector: 'Telecommunications',
  description:
    'Mid-size mobile and broadband operator with about 2.4 million customers. The AIMS covers the AI used in customer service: chat, voice, email and social channels and the shared platforms behind them.',
  riskAppetite: 8,
  adopts: ['ISO42001'],
};

/** Every record of the reference organisation, dated from `t`. */
function records(t: Clock): OrganizationRecords {
  const kpiRecords = kpis(t);
  return {
    organization,
    systems,
    models: models(t),
    datasets,
    vendors: vendors(t),
    risks,
    implementations: implementations(t),
    evidence,
    people,
    teams,
    policies: policies(t),
    incidents: incidents(t),
    kpis: kpiRecords,
    measurements: measurements(t, kpiRecords),
    changeRequests: changeRequests(t),
    impactAssessments: impactAssessments(t),
    audits: audits(t),
    findings: findings(t),
    managementReviews: managementReviews(t),
  };
}

/**
 * The reference organisation as graph data, with every date placed relative to `today`
 * (`YYYY-MM-DD`, the loading day). Pure: the same day always gives the same data.
 */
export function referenceOrganization(today: string): GraphData {
  const t = clock(today);
  const data = buildGraph(t, records(t));
  return { ...data, nodes: [...data.nodes, referenceHistory(t, data)] };
}

/** The artifact of each reference evidence item loaded on `today`: the documents whose sha256 the evidence declares. */
export function referenceEvidenceDocuments(today: string): EvidenceDocument[] {
  const t = clock(today);
  return evidenceItems(t, records(t)).map((item) => item.document);
}
