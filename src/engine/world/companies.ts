/**
 * Companies: trading names that sound local, legal forms by size, and the company-registry
 * record with its directors.
 */
import type { Segment } from '../vocabulary'
import type { WorldContext } from './context'
import { isoOf } from './dates'
import { businessSlug } from './name-variants'
import { fold } from './names'
import { uniqueEmail } from './persons'
import type { Sector } from './sectors'

const ADJECTIVES = [
  'Golden',
  'Royal',
  'Prime',
  'United',
  'Sunrise',
  'Crystal',
  'Evergreen',
  'Unity',
  'Pinnacle',
  'Summit',
  'Delta',
  'Atlantic',
  'Diamond',
  'Victory',
  'Heritage',
  'Bright',
  'Premier',
  'Grace',
  'Horizon',
  'Cornerstone',
] as const

export function withLegalForm(ctx: WorldContext, core: string, segment: Segment): string {
  const { legalForms } = ctx.profile
  const form = segment === 'large' ? legalForms.large : legalForms.small
  return legalForms.position === 'prefix' ? `${form} ${core}` : `${core} ${form}`
}

/** The name without its legal form, e.g. "Okafor Agro" from "Okafor Agro Ltd". */
export function coreName(ctx: WorldContext, legalName: string): string {
  const { small, large } = ctx.profile.legalForms
  for (const form of [large, small]) {
    if (legalName.startsWith(`${form} `)) return legalName.slice(form.length + 1)
    if (legalName.endsWith(` ${form}`)) return legalName.slice(0, -form.length - 1)
  }
  return legalName
}

/** Registers a name as taken; returns false when another business already has it. */
export function claimName(ctx: WorldContext, legalName: string): boolean {
  const key = fold(legalName)
  if (ctx.businessNames.has(key)) return false
  ctx.businessNames.add(key)
  return true
}

/** A trading name not yet on the company registry. */
export function businessName(ctx: WorldContext, sector: Sector, segment: Segment, core?: string): string {
  const { draw, fake } = ctx
  const words = ctx.profile.words
  const nouns = words?.nouns[sector.name] ?? sector.nouns
  const adjectives = words?.adjectives ?? ADJECTIVES
  const noun = nouns.length ? draw.pick(nouns) : (words?.fallbackNoun ?? 'Enterprises')
  // English word order ("Okafor Agro", "Golden Agro") unless the locale puts the trade first.
  const nounFirst = words?.order === 'noun-first'
  const named = (name: string) => (nounFirst ? `${noun} ${name}` : `${name} ${noun}`)
  const base =
    core ??
    draw.weighted<() => string>([
      [() => named(fake.lastName('M')), 5],
      [() => named(`${fake.lastName('M')} & ${fake.lastName('M')}`), 2],
      [() => (nounFirst ? `${noun} ${draw.pick(adjectives)}` : `${draw.pick(adjectives)} ${noun}`), 3],
      [() => (words?.ofCity ? words.ofCity(noun, fake.city()) : `${fake.city()} ${noun}`), 1],
    ])()
  let name = withLegalForm(ctx, base, segment)
  for (let attempt = 0; !claimName(ctx, name); attempt++) {
    const extra = attempt < 3 ? draw.pick(adjectives) : String(draw.int(2, 999))
    name = withLegalForm(ctx, attempt < 3 && !nounFirst ? `${extra} ${base}` : `${base} ${extra}`, segment)
  }
  return name
}

/** Where a firm's mail goes, when the locale has no mailboxes of its own. */
const MAILBOXES = ['info', 'accounts', 'contact', 'admin'] as const

/**
 * A business e-mail: the firm's own domain, or a free mailbox for the smallest firms. The domain
 * is the name without its legal form, romanised ("ООО Алатау Строй" → alatau-stroi.kg).
 */
export function businessEmail(ctx: WorldContext, legalName: string, segment: Segment): string {
  const slug = businessSlug(coreName(ctx, legalName)) || 'info'
  if (segment === 'micro' && ctx.draw.chance(0.6))
    return uniqueEmail(ctx, slug.replace(/-/g, ''), ctx.fake.emailDomain())
  return uniqueEmail(
    ctx,
    ctx.draw.pick(ctx.profile.words?.mailboxes ?? MAILBOXES),
    `${slug}.${ctx.profile.businessDomain}`,
  )
}

/** What a phoenix firm adds to its old name, in the locale's words. */
export function rebirthWord(ctx: WorldContext): string {
  return ctx.draw.pick(ctx.profile.words?.rebirth ?? REBIRTH)
}

const REBIRTH = ['Global', 'International', 'Holdings', 'Resources', 'New', 'Plus'] as const

/** An incorporation date between `minDays` and `maxDays` before the reference date. */
export function incorporationDate(ctx: WorldContext, minDays: number, maxDays: number): string {
  return isoOf(ctx.refDay - ctx.draw.int(minDays, Math.max(minDays, maxDays)))
}

/** How many directors a firm of the segment has. */
export function directorCount(ctx: WorldContext, segment: Segment): number {
  const ranges: Record<Segment, [number, number]> = {
    micro: [1, 2],
    small: [1, 2],
    medium: [2, 3],
    large: [3, 5],
  }
  const [lo, hi] = ranges[segment]
  return ctx.draw.int(lo, hi)
}
