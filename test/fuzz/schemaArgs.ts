/** Introspection as a client reads it: every type, its fields, their arguments and input fields. */
export const INTROSPECTION = `{ __schema {
  queryType { name } mutationType { name }
  types { kind name fields { name type { ...T } args { name type { ...T } } } inputFields { name type { ...T } } }
} }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

export interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Field {
  name: string;
  type: TypeRef;
  args?: { name: string; type: TypeRef }[];
}
interface Type {
  kind: string;
  name: string;
  fields: Field[] | null;
  inputFields: { name: string; type: TypeRef }[] | null;
}
export interface IntrospectedSchema {
  queryType: { name: string };
  mutationType: { name: string };
  types: Type[];
}

/** `ID!`, `[String!]`, `AISystemPatch!`: a type as a variable definition writes it. */
export function printType(t: TypeRef): string {
  if (t.kind === 'NON_NULL') return `${printType(t.ofType!)}!`;
  if (t.kind === 'LIST') return `[${printType(t.ofType!)}]`;
  return t.name!;
}

export function namedType(t: TypeRef): { kind: string; name: string; list: boolean } {
  let list = false;
  let cur = t;
  while (cur.ofType) {
    if (cur.kind === 'LIST') list = true;
    cur = cur.ofType;
  }
  return { kind: cur.kind, name: cur.name!, list };
}

/** One place a client's string goes: an argument of a field, or a field of an input object below it. */
export interface StringTarget {
  /** The type the field belongs to (Query, Mutation, or the object type of a nested field). */
  owner: string;
  field: string;
  /** Argument, then input fields: ['input', 'name'], ['filter', 'ownerId'], ['ids']. */
  path: string[];
  /** A list of strings: the payload goes in as one item. */
  list: boolean;
  /** The field's arguments, for the variable definitions. */
  args: { name: string; type: TypeRef }[];
  returns: TypeRef;
}

/** Every argument and input field of type String or ID (or a list of them), of every field of every object type. */
export function stringTargets(schema: IntrospectedSchema): StringTarget[] {
  const byName = new Map(schema.types.map((t) => [t.name, t]));
  const targets: StringTarget[] = [];
  const walk = (owner: string, field: Field, path: string[], type: TypeRef, seen: Set<string>) => {
    const named = namedType(type);
    if (named.kind === 'SCALAR' && (named.name === 'String' || named.name === 'ID')) {
      targets.push({ owner, field: field.name, path, list: named.list, args: field.args ?? [], returns: field.type });
    } else if (named.kind === 'INPUT_OBJECT' && !seen.has(named.name)) {
      for (const f of byName.get(named.name)?.inputFields ?? []) walk(owner, field, [...path, f.name], f.type, new Set([...seen, named.name]));
    }
  };
  for (const type of schema.types) {
    if (type.kind !== 'OBJECT' || type.name.startsWith('__')) continue;
    for (const field of type.fields ?? []) for (const arg of field.args ?? []) walk(type.name, field, [arg.name], arg.type, new Set());
  }
  return targets;
}

/**
 * Arguments and input fields whose name says they choose a label, a relationship type, a kind or
 * a sort order: the values the server might be tempted to splice into Cypher.
 */
export function pickerArguments(schema: IntrospectedSchema): { where: string; type: TypeRef }[] {
  const picker = /^(label|labels|type|types|kind|kinds|sort|sortBy|order|orderBy|direction|relationship)$/i;
  const out: { where: string; type: TypeRef }[] = [];
  for (const type of schema.types) {
    if (type.name.startsWith('__')) continue;
    for (const field of type.fields ?? []) for (const arg of field.args ?? []) if (picker.test(arg.name)) out.push({ where: `${type.name}.${field.name}(${arg.name})`, type: arg.type });
    for (const f of type.inputFields ?? []) if (picker.test(f.name)) out.push({ where: `${type.name}.${f.name}`, type: f.type });
  }
  return out;
}

/** The selection a field's answer needs: none for a scalar, `__typename` (any composite type has it) otherwise. */
export const selectionFor = (returns: TypeRef) => (namedType(returns).kind === 'SCALAR' || namedType(returns).kind === 'ENUM' ? '' : '{ __typename }');
