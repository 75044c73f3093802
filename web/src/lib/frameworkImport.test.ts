import { describe, expect, it } from 'vitest';
import { FileRouteError } from './files';
import { fileProblems } from './frameworkImport';

describe('fileProblems', () => {
  it('lists the problems the server sends, with the line of a CSV problem', () => {
    const error = new FileRouteError('The crosswalk CSV has 2 problems…', 'BAD_USER_INPUT', 400, 'line 3', {
      problemCount: 2,
      problems: [
        { path: 'line 3', message: 'confidence "certain" is not high, medium or low' },
        { path: 'catalog.groups[2].id', message: 'required string missing' },
      ],
    });
    expect(fileProblems(error)).toEqual({
      message: 'Change what is listed, then check the file again.',
      count: 2,
      problems: [
        { where: 'line 3', line: 3, message: 'confidence "certain" is not high, medium or low' },
        { where: 'catalog.groups[2].id', line: null, message: 'required string missing' },
      ],
    });
  });

  it('makes one problem of a refusal that lists none', () => {
    const error = new FileRouteError('"oscal basic" is not a framework id', 'BAD_USER_INPUT', 400, 'id');
    expect(fileProblems(error).problems).toEqual([{ where: 'id', line: null, message: '"oscal basic" is not a framework id' }]);
  });
});
