// Svelte options for Vite, svelte-check and Vitest; the defaults suit this project.
export default {}
