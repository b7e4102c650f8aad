declare module 'virtual:scenario-index' {
  const index: import('./catalog/entry').ScenarioIndex
  export default index
}
