import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isCalendarDate } from '../graph/index.js';

const invalid = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function stringScalar(name: string, description: string, check: (value: string) => boolean, what: string) {
  const parse = (value: unknown) => {
    if (typeof value !== 'string' || !check(value)) throw invalid(`${name} must be ${what}; got ${JSON.stringify(value)}.`);
    return value;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value) => value,
    parseValue: parse,
    parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

export const DateScalar = stringScalar('Date', 'A calendar day, `YYYY-MM-DD`.', isCalendarDate, 'a date (YYYY-MM-DD)');

export const DateTimeScalar = stringScalar(
  'DateTime',
  'An instant, ISO-8601 with offset.',
  (v) => /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v)),
  'an ISO-8601 date-time',
);

/** Output-only in practice: the before/after properties of change events. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
});
