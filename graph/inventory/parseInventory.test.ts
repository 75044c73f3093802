import { describe, expect, it } from 'vitest';
import { columnsOf } from './columns.js';
import { parseInventory } from './parseInventory.js';

describe('parseInventory', () => {
  it('reads CSV cells by the model types and names the line each row starts on', () => {
    const csv = '\uFEFFid,name,customerFacing,ownerIds,description\r\n' +
      'SYS-A,A,TRUE,PER-X; TEAM-Y,"two\r\nlines"\r\n\r\n' +
      'SYS-B,B,no,,\r\n';
    const { rows, problems } = parseInventory('ai-systems', csv, 'csv');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, values: { id: 'SYS-A', name: 'A', customerFacing: true, ownerIds: ['PER-X', 'TEAM-Y'], description: 'two\nlines' } },
      // Unreadable values go on as text, for the model's validation to refuse in its words.
      { line: 5, values: { id: 'SYS-B', name: 'B', customerFacing: 'no', ownerIds: [], description: null } },
    ]);
  });

  it('reports rows with the wrong number of cells and CSV it cannot read', () => {
    expect(parseInventory('vendors', 'id,name\nVND-A,A,extra\n', 'csv').problems).toEqual([
      { line: 2, field: 'file', message: 'The row has 3 cells; the header has 2.' },
    ]);
    expect(parseInventory('vendors', 'id,name\nVND-A,"open\n', 'csv').problems[0]).toMatchObject({ field: 'file' });
    expect(parseInventory('vendors', '', 'csv').problems[0]!.message).toContain('empty');
  });

  it('names the line of each JSON row and refuses what is not an array of objects', () => {
    const json = '[\n  {"id": "VND-A", "name": "A, \\"quoted\\" [x]"},\n\n  {\n    "id": "VND-B"\n  },\n  3\n]';
    const { rows, problems } = parseInventory('vendors', json, 'json');
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(problems).toEqual([{ line: 7, field: 'file', message: 'Row 3 is not an object of column: value.' }]);
    expect(parseInventory('vendors', '{"id": "VND-A"}', 'json').problems[0]!.message).toContain('JSON array');
    expect(parseInventory('vendors', '[\n{"id": }]', 'json').problems[0]).toMatchObject({ field: 'file', message: expect.stringContaining('Not readable as JSON') });
  });

  it('offers every property clients write, and no derived or upload-only one', () => {
    const names = (kind: Parameters<typeof columnsOf>[0]) => columnsOf(kind).map((c) => c.name);
    expect(names('ai-systems')).toEqual([
      'id', 'name', 'kind', 'channel', 'lifecycleStage', 'riskTier', 'customerFacing', 'description',
      'vendorId', 'ownerIds', 'modelIds', 'datasetIds', 'dependsOnIds',
    ]);
    expect(names('evidence')).not.toContain('artifactSize');
    expect(names('evidence')).toContain('recordedAt');
    expect(names('implementations')).toEqual(['id', 'status', 'description', 'justification', 'updatedOn', 'controlId', 'scopeId', 'ownerIds']);
  });
});
