import { createHash } from 'node:crypto';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import { badInput } from './errors.js';

/** The header a client sets on a mutation it may send again (IETF draft "The Idempotency-Key HTTP Header Field"). */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

const VALID_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Makes every mutation field honour `Idempotency-Key`: sent again with the same key, by the same
 * API key, a mutation answers what it answered the first time and writes nothing more. The record
 * is made inside the mutation's own transaction (`Graph.idempotent`), so it exists exactly when
 * the write does. Each mutation of an operation is its own scope (its alias or name), and the
 * key reused for different arguments is refused with BAD_USER_INPUT.
 */
export function idempotentMutations(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (parent, args, context: Context, info) => {
      const key = context.idempotencyKey;
      if (key === undefined) return resolve(parent, args, context, info);
      if (!VALID_KEY.test(key)) {
        throw badInput('Idempotency-Key', 'The Idempotency-Key header must be 1 to 255 visible ASCII characters.');
      }
      const scope = {
        key: `${context.key.id}:${info.path.key}:${key}`,
        fingerprint: createHash('sha256').update(JSON.stringify([info.fieldName, args])).digest('hex'),
      };
      return resolve(parent, args, { ...context, graph: context.graph.idempotent(scope) }, info);
    };
  }
  return schema;
}
