import { buildSchema, isEnumType, type GraphQLSchema } from 'graphql';
import { typeDefs } from '../../api/schema.js';

/** The schema as the SDL in api/schema declares it: what clients may send. */
export const sdl: GraphQLSchema = buildSchema(typeDefs().join('\n'));

/** The values of a GraphQL enum, as a client writes them. */
export function enumValues(name: string): string[] {
  const type = sdl.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
  return type.getValues().map((v) => v.name);
}
