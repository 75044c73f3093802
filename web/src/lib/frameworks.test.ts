import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { depths, FRAMEWORK_HEADER, frameworkCsv, frameworkFilename, isSupport, SUPPORT_SERIES, type FrameworkItem } from './frameworks';

const node = (id: string, label: string) => ({ id, label, name: id });

function item(id: string, kind: string, parentId: string | null, support: FrameworkItem['support'], routes: FrameworkItem['routes'] = []): FrameworkItem {
  return { requirement: { id: `NIST:${id}`, ref: id, title: `Title of ${id}`, kind, parentId: parentId && `NIST:${parentId}` }, support, rolledUp: !routes.length && support !== 'UNMAPPED', routes };
}

const route: FrameworkItem['routes'][number] = {
  via: node('A.6.2.6', 'Control'),
  bridge: null,
  confidence: 'HIGH',
  source: 'NIST AI RMF crosswalk',
  controlCount: 1,
  control: { id: 'A.6.2.6', title: 'AI system operation and monitoring' },
  status: 'IMPLEMENTED',
  evidence: 'CURRENT',
  support: 'SUPPORTED',
  why: { nodes: [node('NIST:GOVERN 1.7', 'Requirement'), node('A.6.2.6', 'Control')], relationships: [{ from: 'A.6.2.6', to: 'NIST:GOVERN 1.7', type: 'MAPS_TO' }] },
};

describe('framework coverage', () => {
  it('indents items by their parents, and keeps the depth of a kind when the parent is not loaded', () => {
    const d = depths([item('GOVERN', 'function', null, 'PARTIAL'), item('GOVERN 1', 'category', 'GOVERN', 'PARTIAL'), item('GOVERN 1.7', 'subcategory', 'GOVERN 1', 'SUPPORTED', [route])]);
    expect([...d.values()]).toEqual([0, 1, 2]);
    const filtered = depths([item('GOVERN 1', 'category', 'GOVERN', 'PARTIAL'), item('GOVERN 1.7', 'subcategory', 'GOVERN 1', 'SUPPORTED'), item('MAP 1.1', 'subcategory', 'MAP 1', 'SUPPORTED')]);
    expect([...filtered.values()]).toEqual([1, 2, 2]);
  });

  it('exports what is shown, one row per item, with its best route and every route', () => {
    const csv = parseCsv(frameworkCsv([item('GOVERN', 'function', null, 'PARTIAL'), item('GOVERN 1.7', 'subcategory', 'GOVERN 1', 'SUPPORTED', [route, { ...route, via: node('6.1', 'Clause'), control: null, status: null, evidence: 'NONE', support: 'UNSUPPORTED' }])]));
    expect(csv[0]).toEqual([...FRAMEWORK_HEADER]);
    expect(csv).toHaveLength(3);
    expect(csv[1]?.slice(0, 7)).toEqual(['GOVERN', 'NIST:GOVERN', 'Title of GOVERN', 'function', '', 'PARTIAL', 'yes']);
    const row = Object.fromEntries(FRAMEWORK_HEADER.map((h, i) => [h, csv[2]?.[i]]));
    expect(row).toMatchObject({ best_via: 'A.6.2.6', best_control: 'A.6.2.6', best_status: 'IMPLEMENTED', best_confidence: 'HIGH', support: 'SUPPORTED' });
    expect(row.routes).toBe('A.6.2.6 > A.6.2.6 (SUPPORTED) | 6.1 (UNSUPPORTED)');
  });

  it('names the export after framework, scope, filter and day', () => {
    expect(frameworkFilename('NIST-AI-RMF', 'ORG-BRIGHTWATER', '2026-11-26')).toBe('framework-coverage-NIST-AI-RMF-ORG-BRIGHTWATER-2026-11-26.csv');
    expect(frameworkFilename('EU AI Act', 'SYS-WEBCHAT', '2026-11-26', 'UNMAPPED')).toBe('framework-coverage-EU_AI_Act-SYS-WEBCHAT-unmapped-2026-11-26.csv');
  });

  it('knows the judgements, strongest first, each with a colour', () => {
    expect(SUPPORT_SERIES.map((s) => s.key)).toEqual(['SUPPORTED', 'PARTIAL', 'UNSUPPORTED', 'UNMAPPED']);
    expect(SUPPORT_SERIES.every((s) => /^#[0-9a-f]{6}$/.test(s.color))).toBe(true);
    expect(isSupport('PARTIAL')).toBe(true);
    expect(isSupport('partial')).toBe(false);
    expect(isSupport(null)).toBe(false);
  });
});
