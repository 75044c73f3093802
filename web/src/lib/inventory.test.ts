import { describe, expect, it } from 'vitest';
import { FileRouteError } from './files';
import { INVENTORY_KINDS, inventoryMediaType, inventoryProblems, templatePath } from './inventory';

describe('inventory imports', () => {
  it('offers a template of every kind the server imports, as CSV and JSON', () => {
    expect(INVENTORY_KINDS.map((k) => k.kind)).toEqual(['ai-systems', 'models', 'datasets', 'vendors', 'risks', 'implementations', 'evidence', 'people']);
    expect(templatePath('ai-systems', 'csv')).toBe('/api/inventory/templates/ai-systems.csv');
  });

  it('tells the server an inventory file format by media type, else by extension', () => {
    expect(inventoryMediaType({ name: 'x.txt', type: 'text/csv' })).toBe('text/csv');
    expect(inventoryMediaType({ name: 'systems.CSV', type: '' })).toBe('text/csv');
    expect(inventoryMediaType({ name: 'systems.csv', type: 'application/vnd.ms-excel' })).toBe('text/csv');
    expect(inventoryMediaType({ name: 'people.json', type: '' })).toBe('application/json');
    expect(inventoryMediaType({ name: 'people.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })).toBeNull();
  });

  it('finds the problems by line in an import refusal, and only there', () => {
    const problems = [
      { line: 2, id: 'SYS-A', field: 'riskTier', message: 'riskTier must be one of high, medium, low.' },
      { line: 4, field: 'name', message: 'name is required.' },
    ];
    const error = new FileRouteError('2 problems', 'BAD_USER_INPUT', 400, 'riskTier', { problems, problemCount: 1200 });
    expect(inventoryProblems(error)).toEqual({ problems, count: 1200 });
    expect(inventoryProblems(new FileRouteError('no', 'BAD_USER_INPUT', 415, 'content-type'))).toBeNull();
    expect(inventoryProblems(new Error('x'))).toBeNull();
  });
});

