/**
 * Imported first by main.ts, before graphql loads: graphql-js picks its `instanceOf` when it is
 * first imported, and outside production that one double-checks every type test it makes (about
 * a tenth of the server's CPU on a large answer). Express reads NODE_ENV too. An explicit
 * NODE_ENV still wins.
 */
process.env.NODE_ENV ??= 'production';
