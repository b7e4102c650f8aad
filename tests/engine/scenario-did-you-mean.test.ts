import { describe, expect, it } from 'vitest'
import { didYouMean, editDistance, joinOr } from '../../src/engine/scenario/did-you-mean'

const KEYS = [
  'format',
  'title',
  'summary',
  'objectives',
  'difficulty',
  'minutes',
  'tadat',
  'language',
  'jurisdiction',
  'passMark',
]

describe('didYouMean', () => {
  it.each([
    ['dificulty', 'difficulty'], // a letter missing
    ['sumary', 'summary'],
    ['titel', 'title'], // two letters swapped
    ['Title', 'title'], // capital letter
    ['pass_mark', 'passMark'], // snake_case for camelCase
    ['pass-mark', 'passMark'],
    ['jurisdicton', 'jurisdiction'],
    ['objective', 'objectives'], // singular for plural
    ['minute', 'minutes'],
    ['colour', undefined], // nothing close
    ['x', undefined], // too short to guess
    ['', undefined],
    ['format', undefined], // already right: nothing to suggest
  ])('%j → %j', (input, expected) => {
    expect(didYouMean(input, KEYS)).toBe(expected)
  })

  it('never suggests for very long input', () => {
    expect(didYouMean('a'.repeat(100), ['a'.repeat(99)])).toBeUndefined()
  })
})

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', 'acb', 1], // transposition counts once
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%j ↔ %j = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance)
    expect(editDistance(b, a)).toBe(distance)
  })
})

it('joinOr', () => {
  expect([joinOr([]), joinOr(['a']), joinOr(['a', 'b']), joinOr(['a', 'b', 'c'])]).toEqual([
    '',
    'a',
    'a or b',
    'a, b or c',
  ])
})
