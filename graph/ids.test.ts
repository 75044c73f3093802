import { describe, expect, it } from 'vitest';
import { labelOfId } from './ids.js';

describe('labelOfId', () => {
  it('tells the label from the id scheme', () => {
    expect(labelOfId('SYS-WEBCHAT')).toBe('AISystem');
    expect(labelOfId('EVD-0001')).toBe('Evidence');
    expect(labelOfId('6.1.3')).toBe('Clause');
    expect(labelOfId('10')).toBe('Clause');
    expect(labelOfId('A.7')).toBe('ControlArea');
    expect(labelOfId('A.10.4')).toBe('Control');
    expect(labelOfId('B.6.2.1')).toBe('ControlObjective');
    expect(labelOfId('C.2.5')).toBe('OrganizationalObjective');
    expect(labelOfId('C.3.4')).toBe('RiskSource');
    expect(labelOfId('NIST-AI-RMF:GOVERN 1.1')).toBe('Requirement');
    expect(labelOfId('EU-AI-Act:Art. 9')).toBe('Requirement');
    expect(labelOfId('ISO42001')).toBe('Standard');
  });

  it('answers null for ids that fit no scheme', () => {
    for (const id of ['', 'chatbot', "' OR 1=1 //", 'A.', 'MATCH (n) DETACH DELETE n']) expect(labelOfId(id)).toBeNull();
  });
});
