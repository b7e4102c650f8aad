/** Key paths into parsed YAML data, shared by the scenario fuzzer and the loader's property tests. */

export type KeyPath = (string | number)[]

/** Every key path of parsed data, depth first: containers and leaves, for changes and removals. */
export function keyPaths(value: unknown, at: KeyPath = []): { path: KeyPath; leaf: unknown }[] {
  if (Array.isArray(value))
    return value.flatMap((v, i) => [{ path: [...at, i], leaf: v }, ...keyPaths(v, [...at, i])])
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [
      { path: [...at, k], leaf: v },
      ...keyPaths(v, [...at, k]),
    ])
  return []
}
