import { describe, expect, it } from 'vitest';
import { catalogGraph, CatalogError, readCatalogFiles, sortKey } from './catalogGraph.js';

describe('catalogGraph', () => {
  it('rejects a crosswalk row that names an id no catalog holds, saying which row', () => {
    const files = readCatalogFiles();
    files.iso.crosswalks = [
      ...files.iso.crosswalks,
      { from: 'A.6.2.4', to: 'NIST-AI-RMF:GOVERN 99.9', source: 'test', confidence: 'high' },
      { from: 'Z.1', to: 'EU-AI-Act:Art. 9', source: 'test', confidence: 'high' },
    ];
    const n = files.iso.crosswalks.length;
    expect(() => catalogGraph(files)).toThrow(CatalogError);
    expect(() => catalogGraph(files)).toThrow(`row ${n - 1}: "NIST-AI-RMF:GOVERN 99.9" is in no catalog`);
    expect(() => catalogGraph(files)).toThrow(`row ${n}: "Z.1" is not an ISO 42001 clause, Annex A area or control`);
  });

  it('orders numbered ids naturally', () => {
    const ids = ['A.10.2', 'A.2.2', 'A.9.4', '10.1', '9.3.2', '4'];
    expect([...ids].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(['4', '9.3.2', '10.1', 'A.2.2', 'A.9.4', 'A.10.2']);
  });
});
