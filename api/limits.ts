import {
  GraphQLError,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ArgumentNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../graph/index.js';

/** The most items one page may hold: the query modules' own bound. */
export const PAGE_CAP = MAX_PAGE_SIZE;
/** The deepest field nesting an operation may have (introspection excepted). */
export const MAX_DEPTH = 12;
/** The most work an operation may ask for, counted as fields × the items they may return. */
export const MAX_COST = 50_000;
/** The most operations one batched request (a JSON array body) may hold; each counts against the key's rate limit. */
export const MAX_BATCH = 10;
/** What a list without `first` is assumed to return, for the cost. */
const LIST_GUESS = 10;

/**
 * Refuses an operation that is too deep or asks for too much before anything runs. The cost of
 * a field is 1 for each time it may be resolved: a connection multiplies what is under it by its
 * `first` (the page cap when it is a variable), a plain list by LIST_GUESS.
 */
export const complexityLimit: ValidationRule = (context: ValidationContext) => {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of context.getDocument().definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  return {
    OperationDefinition(node) {
      const schema = context.getSchema();
      const root =
        node.operation === 'mutation' ? schema.getMutationType() : node.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
      // graphql-js 16 validates an operation whose root type is missing, then fails it uncoded at execution.
      if (!root) return void context.reportError(new GraphQLError(`This API offers no ${node.operation}s.`, { nodes: node }));
      const { depth, cost } = measure(node.selectionSet, root, 1, 1, fragments, new Set());
      if (depth > MAX_DEPTH) {
        context.reportError(tooComplex(`The operation is ${depth} levels deep; the limit is ${MAX_DEPTH}.`));
      } else if (cost > MAX_COST) {
        context.reportError(tooComplex(`The operation may cost ${cost}; the limit is ${MAX_COST}. Ask for smaller pages or fewer fields.`));
      }
    },
  };
};

function tooComplex(message: string) {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX' } });
}

function measure(
  selectionSet: SelectionSetNode,
  parent: GraphQLType,
  depth: number,
  multiplier: number,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): { depth: number; cost: number } {
  let maxDepth = depth;
  let cost = 0;
  const named = getNamedType(parent);
  const fields = isObjectType(named) || isInterfaceType(named) ? named.getFields() : {};
  for (const selection of selectionSet.selections) {
    let inner: { depth: number; cost: number } | null = null;
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      const field = fields[name];
      const times = multiplier * fanOut(name, field?.type, selection.arguments ?? []);
      cost += multiplier;
      if (selection.selectionSet) {
        // Fields of a union or another interface member are measured against that type when known.
        inner = measure(selection.selectionSet, field?.type ?? named, depth + 1, times, fragments, visiting);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      const type = typeName ? (parentTypeByName(parent, typeName) ?? named) : named;
      inner = measure(selection.selectionSet, type, depth, multiplier, fragments, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      inner = measure(fragment.selectionSet, named, depth, multiplier, fragments, visiting);
      visiting.delete(name);
    }
    if (inner) {
      maxDepth = Math.max(maxDepth, inner.depth);
      cost += inner.cost;
    }
  }
  return { depth: maxDepth, cost };
}

function parentTypeByName(parent: GraphQLType, name: string): GraphQLType | undefined {
  const named = getNamedType(parent);
  return named.name === name ? named : undefined;
}

function fanOut(name: string, type: GraphQLOutputType | undefined, args: readonly ArgumentNode[]): number {
  if (!type) return 1;
  const named = getNamedType(type);
  if (named.name.endsWith('Connection')) {
    const first = args.find((a) => a.name.value === 'first');
    if (first?.value.kind === Kind.INT) return Math.min(Number(first.value.value), PAGE_CAP);
    return first ? PAGE_CAP : 50;
  }
  if (name === 'edges' || name === 'node') return 1;
  const unwrapped = isNonNullType(type) ? type.ofType : type;
  return isListType(unwrapped) ? LIST_GUESS : 1;
}
