import { describe, expect, it } from 'vitest';
import { buildHref, matchRoute, nodePath } from './routes';

describe('routes', () => {
  it('matches every view and decodes ids', () => {
    expect(matchRoute('/')).toEqual({ name: 'landing' });
    expect(matchRoute('/overview/')).toEqual({ name: 'overview' });
    expect(matchRoute('/systems/SYS-WEBCHAT')).toEqual({ name: 'system', id: 'SYS-WEBCHAT' });
    expect(matchRoute('/controls/A.6.2.4')).toEqual({ name: 'control', id: 'A.6.2.4' });
    expect(matchRoute('/clauses/6.1.3')).toEqual({ name: 'clause', id: '6.1.3' });
    expect(matchRoute('/nodes/NIST-AI-RMF%3AGOVERN%201.1')).toEqual({ name: 'node', id: 'NIST-AI-RMF:GOVERN 1.1' });
    expect(matchRoute('/impact/VND-NIMBUS')).toEqual({ name: 'impact', id: 'VND-NIMBUS' });
    expect(matchRoute('/soa')).toEqual({ name: 'soa' });
    expect(matchRoute('/dev/graph-stress')).toEqual({ name: 'stress' });
    expect(matchRoute('/frameworks')).toEqual({ name: 'frameworks' });
    expect(matchRoute('/import')).toEqual({ name: 'import' });
    expect(matchRoute('/assistants')).toEqual({ name: 'assistants' });
    for (const name of ['approvals', 'incidents', 'actions', 'audits', 'kpis']) expect(matchRoute(`/${name}`)).toEqual({ name });
    expect(matchRoute('/nodes/CR-2026-031')).toEqual({ name: 'node', id: 'CR-2026-031' });
    expect(matchRoute('/nowhere')).toEqual({ name: 'notFound' });
    expect(matchRoute('/nodes/%E0%A4%A')).toEqual({ name: 'notFound' });
  });

  it('keeps the as-of day from view to view', () => {
    const current = new URLSearchParams('asOf=2026-11-26&focus=SYS-WEBCHAT');
    expect(buildHref('/stale', {}, current)).toBe('/stale?asOf=2026-11-26');
    expect(buildHref('/soa', { scope: 'ORG-BRIGHTWATER' }, current)).toBe('/soa?asOf=2026-11-26&scope=ORG-BRIGHTWATER');
    expect(buildHref('/stale', { asOf: null }, current)).toBe('/stale');
    expect(buildHref('/gaps')).toBe('/gaps');
  });

  it('sends each label to the view that answers best', () => {
    expect(nodePath('SYS-WEBCHAT', 'AISystem')).toBe('/systems/SYS-WEBCHAT');
    expect(nodePath('A.6.2.4', 'Control')).toBe('/controls/A.6.2.4');
    expect(nodePath('6.1', 'Clause')).toBe('/clauses/6.1');
    expect(nodePath('EVD-0007', 'Evidence')).toBe('/nodes/EVD-0007');
  });
});
