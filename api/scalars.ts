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
    // A plain error, not a GraphQLError: graphql-js then reports it at the literal, with the value it
    // found ("Expected value of type "Date", found 5; …"), instead of bare and without a location.
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING || !check(ast.value)) throw new TypeError(`${name} must be ${what}.`);
      return ast.value;
    },
  });
}

export const DateScalar = stringScalar('Date', 'A calendar day, `YYYY-MM-DD`.', isCalendarDate, 'a date (YYYY-MM-DD)');

/**
 * A real calendar day, a time and an offset: Date.parse alone takes `2026-02-30T…` (as 2 March) and
 * a time without offset (as the server's local time).
 */
const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export const DateTimeScalar = stringScalar(
  'DateTime',
  'An instant, ISO-8601 with offset.',
  (v) => isCalendarDate(INSTANT.exec(v)?.[1] ?? '') && !Number.isNaN(Date.parse(v)),
  'an ISO-8601 date-time with offset',
);

/** Output-only in practice: the before/after properties of change events. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
});
