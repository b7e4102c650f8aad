/**
 * The TINs a TIN field suggests come from the columns and facts a panel types as TINs, in any
 * language: a label is never read.
 */
import { expect, it } from 'vitest'
import { tinsIn } from '../../src/app/workspace-format'
import { searchPanel } from '../../src/engine/processes/register-search'
import { facts, tinFact } from '../../src/engine/processes/panel'
import { msg } from '../../src/engine/primitives/message'
import type { Panel } from '../../src/engine/processes/contract'
import type { Taxpayer } from '../../src/engine/world/types'
import { testJurisdiction } from '../fixtures/jurisdiction'

const taxpayer = {
  tin: '1234567890',
  name: 'Ada Obi',
  idNumber: 'A1',
  birthOrIncorporation: '1980-01-01',
  phone: '0800 000 0000',
  address: { line: '1 Road', city: 'Town', region: 'State' },
  status: 'active',
  arrears: 0,
} as Taxpayer

it('finds the TINs of a register search by the column type', () => {
  const panel = searchPanel(
    [{ tin: taxpayer.tin, score: 0.9, matchedOn: ['name'] }],
    'query',
    testJurisdiction(),
    () => taxpayer,
  )
  expect(tinsIn([panel])).toEqual(['1234567890'])
})

it('finds a TIN fact by its type and ignores a label that says TIN over other data', () => {
  const panel: Panel = {
    id: 'p',
    title: 'p',
    sections: [
      facts([
        tinFact(msg('registration.panel.search.tin'), '9876543210'),
        { label: 'TIN of the old company', value: '5555555555' },
      ]),
    ],
  }
  expect(tinsIn([panel], ['111'])).toEqual(['111', '9876543210'])
})
