import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { typeDefs } from '../api/schema.js';

type Parent = Record<string, unknown>;

const pageInfo = (p: Parent) => ({ hasNextPage: p.hasNextPage, endCursor: p.endCursor });

/**
 * The fields whose resolvers do more than read the property of the same name (api/resolvers):
 * the pages of answers build `pageInfo` from flat fields. Fields resolved from other data
 * (`PathNode.node`, `SearchHit.node`, `Evidence.freshness`, relationship fields) have no raw
 * counterpart, so the bench's selections avoid them.
 */
export const resolverFields: Record<string, (parent: Parent) => unknown> = {
  'StaleEvidencePage.pageInfo': pageInfo,
  'LineageImplementationPage.pageInfo': pageInfo,
  'ClauseControlPage.pageInfo': pageInfo,
  'SearchPage.pageInfo': pageInfo,
  'FrameworkItemPage.pageInfo': pageInfo,
};

/** The SDL alone, without resolvers: the projection follows the schema, not the server's code. */
export const sdlSchema = (): GraphQLSchema => buildSchema(typeDefs().join('\n'));

/** The graph's lower-kebab strings leave the API as UPPER_SNAKE enum values (api/enums.ts). */
const enumValue = (v: unknown) => String(v).toUpperCase().replace(/-/g, '_');

/**
 * What the API should answer for `query`, from the query module's raw answer: walks the
 * operation's selection set down `path` (response keys from `data`), then picks the same fields
 * from `raw` with the conversions the API makes (enum values, ids as strings, `resolverFields`).
 * Dates need none: the modules already hand out `YYYY-MM-DD` and ISO-8601 strings.
 */
export function projectSelection(schema: GraphQLSchema, query: string, path: string[], raw: unknown): unknown {
  const document = parse(query);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation in the query');

  const collect = (type: GraphQLObjectType, sets: readonly SelectionSetNode[]): Map<string, FieldNode[]> => {
    const out = new Map<string, FieldNode[]>();
    const applies = (condition: string | undefined) =>
      !condition || condition === type.name || type.getInterfaces().some((i) => i.name === condition);
    const visit = (set: SelectionSetNode) => {
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          const key = s.alias?.value ?? s.name.value;
          out.set(key, [...(out.get(key) ?? []), s]);
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          if (applies(s.typeCondition?.name.value)) visit(s.selectionSet);
        } else {
          const fragment = fragments.get(s.name.value);
          if (fragment && applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
        }
      }
    };
    sets.forEach(visit);
    return out;
  };
  const subSets = (nodes: FieldNode[]) => nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));

  const project = (type: GraphQLOutputType, nodes: FieldNode[], value: unknown, at: string): unknown => {
    if (isNonNullType(type)) return project(type.ofType, nodes, value, at);
    if (value === null || value === undefined) return null;
    if (isListType(type)) {
      if (!Array.isArray(value)) throw new Error(`${at}: the raw answer has ${JSON.stringify(value)} where the schema has a list`);
      return value.map((v, i) => project(type.ofType, nodes, v, `${at}[${i}]`));
    }
    if (isLeafType(type)) {
      if (isEnumType(type)) return enumValue(value);
      return type.name === 'ID' ? String(value) : value;
    }
    const objectType = isAbstractType(type) ? schema.getType(String((value as Parent).__typename)) : type;
    if (!isObjectType(objectType)) throw new Error(`${at}: cannot tell the type of ${JSON.stringify(value)}`);
    const out: Parent = {};
    for (const [key, fieldNodes] of collect(objectType, subSets(nodes))) {
      const name = fieldNodes[0]!.name.value;
      if (name === '__typename') {
        out[key] = objectType.name;
        continue;
      }
      const field = objectType.getFields()[name];
      if (!field) throw new Error(`${at}: ${objectType.name} has no field ${name}`);
      const computed = resolverFields[`${objectType.name}.${name}`];
      out[key] = project(field.type, fieldNodes, computed ? computed(value as Parent) : (value as Parent)[name], `${at}.${key}`);
    }
    return out;
  };

  // Down the path through the operation's selections to the field that holds the answer.
  let type: GraphQLObjectType = schema.getQueryType()!;
  let nodes: FieldNode[] = [];
  let sets: readonly SelectionSetNode[] = [operation.selectionSet];
  for (const [depth, key] of path.entries()) {
    nodes = collect(type, sets).get(key) ?? [];
    const field = nodes[0] && type.getFields()[nodes[0].name.value];
    if (!field) throw new Error(`the query selects no ${path.slice(0, depth + 1).join('.')}`);
    if (depth === path.length - 1) return project(field.type, nodes, raw, path.join('.'));
    const next = getNamedType(field.type);
    if (!isObjectType(next)) throw new Error(`${path.slice(0, depth + 1).join('.')} is not an object type`);
    type = next;
    sets = subSets(nodes);
  }
  throw new Error('empty answer path');
}
