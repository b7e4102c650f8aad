import '@testing-library/jest-dom/vitest'
import { page } from '../../src/app/i18n.svelte'

// The components are tested as an English scenario set in a country that writes "10 March 2026".
page.scenario('en_GB', undefined, 'en')
// Every namespace, as an exercise page loads them before it renders (pages/exercise.ts).
await page.need()
