import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readmePath, readmeWithModel } from './modelDocs.js';

describe('graph/README.md', () => {
  it('documents the model as declared in model.ts (run `npm run docs:model` after changing it)', () => {
    const readme = readFileSync(readmePath(), 'utf8');
    expect(readme).toBe(readmeWithModel(readme));
  });
});
