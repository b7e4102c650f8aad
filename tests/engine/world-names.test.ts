import { describe, expect, test } from 'vitest'
import { fnv1a64 } from '../../src/engine/primitives/hash'
import { DigitCode, isValidTin, luhnDigit, Permutation, TinMaker } from '../../src/engine/world/ids'
import {
  fold,
  jaroWinkler,
  nameSimilarity,
  nameTokens,
  normalisePhone,
  phoneticKey,
} from '../../src/engine/world/names'
import { nameVariant, NAME_VARIANTS } from '../../src/engine/world/name-variants'
import { Draw, Sfc32 } from '../../src/engine/world/prng'
import { NAME_MATCH } from '../../src/engine/world/search'

const sim = (a: string, b: string) => nameSimilarity(nameTokens(a), nameTokens(b))

describe('names', () => {
  test.each([
    ['Nguyễn Thị Hà', 'nguyen thi ha'],
    ['Aïssatou NDIAYE', 'aissatou ndiaye'],
    ['Đặng Ngọc Ánh', 'dang ngoc anh'],
    ['Conceição', 'conceicao'],
    // Cyrillic as ICAO Doc 9303 (passports) writes it, Greek as ELOT 743
    ['Алатау Строй', 'alatau stroi'],
    ['Юлия Щукина', 'iuliia shchukina'],
    ['Фёдор Хабибуллин', 'fedor khabibullin'],
    ['Дарья Соловьёва', 'daria soloveva'],
    ['Цой Объединение', 'tsoi obieedinenie'],
    ['Сідлецький Євген', 'sidletskii ievgen'],
    ['Ұлжан Өмүрбекова Ңғ', 'ulzhan omurbekova ngg'],
    ['Παπαδοπούλου Ευάγγελος', 'papadopoulou evaggelos'],
  ])('fold(%s) = %s', (name, folded) => expect(fold(name)).toBe(folded))

  test('a Cyrillic name has tokens, so the register search can find it', () => {
    expect(nameTokens('ООО «Алатау Строй»').map((t) => t.text)).toEqual(['alatau', 'stroi'])
    expect(sim('Сергей Иванов', 'Сергеи Иванов')).toBe(1)
    expect(sim('Сергей Иванов', 'Иванов Сергей')).toBeGreaterThanOrEqual(NAME_MATCH)
    expect(sim('Сергей Иванов', 'Мария Петрова')).toBeLessThan(NAME_MATCH)
  })

  test.each([
    // transliterations that must share a key
    ['mohammed', 'muhammad'],
    ['mohammed', 'mohamed'],
    ['abdullahi', 'abdulahi'],
    ['ousmane', 'usman'],
    ['youssouf', 'yusuf'],
    ['ibraheem', 'ibrahim'],
    ['souleymane', 'suleiman'],
    ['cheikh', 'sheikh'],
    ['fatoumata', 'fatimata'],
    ['kofi', 'coffi'],
  ])('phoneticKey(%s) = phoneticKey(%s)', (a, b) => expect(phoneticKey(a)).toBe(phoneticKey(b)))

  test.each([
    ['bello', 'okafor'],
    ['ngozi', 'chinedu'],
    ['adamu', 'ahmed'],
  ])('phoneticKey tells %s from %s', (a, b) => expect(phoneticKey(a)).not.toBe(phoneticKey(b)))

  test('Jaro–Winkler matches the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3)
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3)
    expect(jaroWinkler('abc', 'abc')).toBe(1)
    expect(jaroWinkler('abc', 'xyz')).toBe(0)
  })

  test.each([
    // application spelling             register spelling         why it must match
    ['Muhammad Bello', 'Mohammed Bello'], // transliteration
    ['Bello Mohammed', 'Mohammed Bello'], // swapped order
    ['Aissatou Ndiaye', 'Aïssatou Ndiaye'], // accents dropped
    ['Mohammed Bello', 'Mohammed Sani Bello'], // middle name dropped
    ['Mohammed S. Bello', 'Mohammed Sani Bello'], // middle initial
    ['M. Bello', 'Mohammed Bello'], // initial
    ['Okafor Agro Ltd', 'OKAFOR AGRO LIMITED'], // legal form and case
  ])('%s ~ %s', (a, b) => expect(sim(a, b)).toBeGreaterThanOrEqual(NAME_MATCH))

  test.each([
    ['Ngozi Okafor', 'Chinedu Okafor'], // same surname, another person
    ['Mohammed Bello', 'Mohammed Okafor'],
    ['Adaeze Eze', 'Tunde Bakare'],
  ])('%s is not %s', (a, b) => expect(sim(a, b)).toBeLessThan(NAME_MATCH))

  test('every kind of name variant differs from the original yet still matches it', () => {
    const draw = new Draw(new Sfc32(7))
    const parts = [
      { given: ['Mohammed', 'Sani'], family: 'Bello' },
      { given: ['Chinedu'], family: 'Okafor' },
      { given: ['Aïssatou'], family: 'Ndiaye' },
      { given: ['Thị Hà'], family: 'Nguyễn' },
    ]
    for (const p of parts) {
      for (const kind of NAME_VARIANTS) {
        const original = [...p.given, p.family].join(' ')
        const { name } = nameVariant(p, 'given-first', draw, kind)
        expect(name).not.toBe(original)
        expect(sim(name, original), `${kind}: ${name} vs ${original}`).toBeGreaterThanOrEqual(NAME_MATCH)
      }
    }
  })

  test('phones compare on their last nine digits', () => {
    expect(normalisePhone('+234 803 123 4567')).toBe(normalisePhone('0803 123 4567'))
    expect(normalisePhone('77 123 45 67')).toBe('771234567')
  })
})

describe('identifiers', () => {
  test('Luhn check digits', () => {
    expect(luhnDigit('7992739871')).toBe(3)
    expect(isValidTin('1234567890')).toBe(false)
    const tin = new TinMaker(1).make(1, 0)
    expect(isValidTin(tin)).toBe(true)
    // Any single changed digit is caught.
    for (let i = 0; i < tin.length; i++) {
      const changed = tin.slice(0, i) + String((Number(tin[i]) + 1) % 10) + tin.slice(i + 1)
      expect(isValidTin(changed)).toBe(false)
    }
  })

  test('a permutation is a bijection, also for sizes that are not powers of ten', () => {
    for (const size of [1000, 1900, 777]) {
      const perm = new Permutation(size, 42, 1)
      const seen = new Set<number>()
      for (let x = 0; x < size; x++) seen.add(perm.apply(x))
      expect(seen.size).toBe(size)
      expect(Math.max(...seen)).toBeLessThan(size)
    }
  })

  test('codes are unique, fixed width, and depend on the seed', () => {
    const a = new DigitCode(6, 1, 2, true)
    const codes = new Set(Array.from({ length: 5000 }, (_, n) => a.make(n)))
    expect(codes.size).toBe(5000)
    expect([...codes].every((c) => /^[1-9]\d{6}$/.test(c))).toBe(true)
    expect(new DigitCode(6, 2, 2, true).make(0)).not.toBe(a.make(0))
  })
})

describe('fnv1a64', () => {
  test.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('fnv1a64(%j) = %s', (text, hash) => expect(fnv1a64(text)).toBe(hash))

  test.each(['é', '₦ 1,250,000.00', 'Nguyễn Thị Hà', 'clef 𝄞', '{"a":[1,2]}'])(
    'agrees with a BigInt reference over UTF-8 bytes: %s',
    (text) => {
      let h = 0xcbf29ce484222325n
      for (const byte of Buffer.from(text, 'utf8'))
        h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn
      expect(fnv1a64(text)).toBe(h.toString(16).padStart(16, '0'))
    },
  )
})
