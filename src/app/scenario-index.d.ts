declare module 'virtual:scenario-index' {
  const index: import('./catalog/entry').ScenarioIndex
  export default index
  /** The processes in the order of the engine's list, with their English names. */
  export const processes: readonly import('./catalog/entry').ProcessEntry[]
}
