/**
 * The story behind each kind of collection case: whose debt, how old, what was served when,
 * what the banks, employers, registries and the taxpayer's own papers show. Each builder writes
 * the debt into the shared accounts and returns the case file; the best commands are worked out
 * afterwards from the same rules the machine and the grading use (see generate.ts).
 */
import { day, money, type Text } from '../../primitives/message'
import { addDays, daysBetween } from '../../primitives/calendar'
import { withLegalForm } from '../../world/companies'
import { fullName } from '../../world/persons'
import { goodRecordPeriods, periodsDueBy } from './accounts'
import type { Agreement, BankTransaction, Objection } from './case-data'
import { installmentOf, monthlySurplus, realisticTerms } from './rules'
import {
  account,
  baseData,
  cashFlow,
  contactDates,
  debtOf,
  debtors,
  freePeriod,
  mainTax,
  ordinaryTransactions,
  otherBusinesses,
  pad,
  round,
  sortTx,
  taxOf,
  vehicle,
  w,
  writeDebt,
  type GenuineVariant,
  type Story,
  type StoryEnv,
} from './story-parts'
import { taxTypeLabel } from '../../vocabulary'

export type { GenuineVariant, Story, StoryEnv } from './story-parts'

/** An ordinary debt at one of the stages of the procedure. */
export function genuineStory(env: StoryEnv, variant: GenuineVariant): Story {
  const { draw } = env.ctx
  const stage = variant === 'serve-demand' ? 'none' : variant === 'wait' ? 'running' : 'expired'
  const { servedOn, reminderOn } = contactDates(env, stage)
  const data = baseData(env, servedOn, reminderOn)
  const tax = mainTax(env)
  writeDebt(env, tax, addDays(reminderOn, -draw.int(10, 40)), variant === 'employer' ? 1 : draw.int(1, 2), {
    paidShare: variant === 'employer' ? 0.8 : draw.chance(0.4) ? 0.3 : 0,
    goodRecord: goodRecordPeriods(tax) - (variant === 'offset' ? 1 : 0),
  })
  if (variant === 'offset') {
    const credit = round(env, debtOf(env) * draw.float(1.1, 1.6))
    env.writer.credit(tax, freePeriod(env, tax, addDays(env.ctx.referenceDate, -1)), credit)
  }
  const debt = debtOf(env)
  const monthly = env.taxpayer.turnover / 12
  const bank =
    variant === 'bank' || variant === 'wait' || variant === 'serve-demand'
      ? round(env, debt * draw.float(1.2, 2.5))
      : round(env, debt * draw.float(0.02, 0.15))
  let salary: { from: string; amount: number } | undefined
  if (variant === 'employer') {
    const employer = otherBusinesses(env, 1)[0]
    const reach = (env.j.collection.wageGarnishmentPercent / 100) * env.j.collection.garnishmentMonths
    const wage = round(
      env,
      reach > 0 ? Math.max(monthly * 0.5, (debt / reach) * draw.float(1.2, 1.6)) : monthly,
    )
    // A register with no other business still gives the employer a company name of the locale.
    const name = employer?.name ?? withLegalForm(env.ctx, env.ctx.fake.lastName('M'), 'small')
    data.employer = { name, tin: employer?.tin ?? '', monthlyWage: wage }
    salary = { from: data.employer.name, amount: wage * 0.8 }
    for (let k = 1; k <= 3; k++) {
      const month = addDays(`${env.ctx.referenceDate.slice(0, 8)}01`, -28 * k).slice(0, 7)
      env.writer.thirdParty('employer', month, wage, data.employer.name, w('thirdParty.wages', { month }))
    }
  }
  data.bank = {
    accounts: [account(env, bank)],
    transactions: sortTx(ordinaryTransactions(env, salary ? salary.amount : monthly, salary)),
  }
  if (env.taxpayer.kind === 'business' && draw.chance(0.5))
    data.debtors = debtors(env, debt * draw.float(0.1, 0.5))
  data.assets = [vehicle(env, debt * draw.float(0.3, 0.8))]
  return { data, flags: [] }
}

/**
 * Large transfers out of the accounts after the demand notice (docs/domain.md §Anomaly patterns
 * 14).
 */
export function assetFlightStory(env: StoryEnv): Story {
  const { draw } = env.ctx
  const stage = env.j.collection.protectiveMeasures ? 'running' : 'expired'
  const { servedOn, reminderOn } = contactDates(env, stage)
  const data = baseData(env, servedOn, reminderOn)
  writeDebt(env, taxOf(env), addDays(reminderOn, -draw.int(10, 60)), draw.int(2, 3))
  const debt = debtOf(env)
  const monthly = env.taxpayer.turnover / 12
  const before = Math.max(monthly * draw.float(1.5, 3), debt * 2.5)
  const moved = round(env, before * draw.float(0.5, 0.75))
  const left = Math.max(round(env, before - moved), round(env, debt * draw.float(1.1, 1.5)))
  const director = env.company?.directors.map((id) => env.pop.people.get(id)).find((p) => p !== undefined)
  const directorName: Text = director ? fullName(env.ctx, director) : w('party.aDirector')
  const bank = draw.pick<Text>([
    ...env.ctx.profile.banks.filter((b) => b !== env.taxpayer.bankAccount.bank),
    w('party.offshoreBank'),
  ])
  const from = servedOn!
  const days = Math.max(1, daysBetween(from, env.ctx.referenceDate) - 1)
  const first = round(env, moved * draw.float(0.4, 0.6))
  const transfers: BankTransaction[] = [
    {
      date: addDays(from, Math.min(days, draw.int(1, 3))),
      description: w('tx.transferOutLoan'),
      counterparty: w('party.personalAccount', { name: directorName }),
      amount: -first,
    },
    {
      date: addDays(from, Math.min(days, draw.int(4, 12))),
      description: w('tx.transferOut'),
      counterparty: w('party.newAccount', { bank }),
      amount: -(moved - first),
    },
  ]
  data.bank = {
    accounts: [account(env, left)],
    transactions: sortTx([...ordinaryTransactions(env, monthly).filter((t) => t.date < from), ...transfers]),
  }
  data.assets = [vehicle(env, debt * draw.float(0.2, 0.5))]
  return {
    data,
    flags: [
      w('flag.transfersOut', { amount: money(moved), on: day(from) }),
      w('flag.moneyMoved', { director: directorName }),
    ],
  }
}

function agreementHistory(env: StoryEnv, defaults: number, active: boolean, debt: number): Agreement[] {
  const { draw } = env.ctx
  const ref = env.ctx.referenceDate
  const list: Agreement[] = []
  const total = defaults + (active ? 1 : 0)
  for (let k = 0; k < total; k++) {
    const isActive = active && k === total - 1
    const grantedOn = addDays(
      ref,
      isActive ? -draw.int(120, 200) : -(900 - k * Math.floor(600 / Math.max(1, total))),
    )
    const months = Math.min(env.j.collection.maxInstallmentMonths, draw.int(6, 12))
    const installment = installmentOf(debt, months)
    const paid = draw.int(1, 3)
    const missed = isActive ? env.j.collection.missedInstallmentsToDefault + draw.int(0, 1) : draw.int(2, 4)
    list.push({
      id: `IA-${grantedOn.slice(0, 4)}-${pad(env.n)}${String.fromCharCode(65 + k)}`,
      grantedOn,
      months,
      installment,
      paid,
      missed,
      status: isActive ? 'active' : 'defaulted',
      security: null,
    })
  }
  return list
}

/** Repeat requests for time to pay, each defaulted (docs/domain.md §Anomaly patterns 15). */
export function agreementAbuseStory(env: StoryEnv): Story {
  const { draw } = env.ctx
  const { servedOn, reminderOn } = contactDates(env, 'expired')
  const data = baseData(env, servedOn, reminderOn)
  const tax = taxOf(env)
  const missing = draw.int(1, 2)
  const lines = writeDebt(env, tax, addDays(reminderOn, -draw.int(150, 400)), draw.int(2, 3), { missing })
  const refuse = env.j.collection.refuseAfterDefaults
  const drawn = draw.chance(0.25) && refuse > 1 ? 1 : refuse + draw.int(0, 1)
  const defaults = env.knobs.defaultedAgreements ?? drawn
  const active = defaults >= refuse && defaults > 1 && draw.chance(0.5)
  const history = agreementHistory(env, active ? defaults - 1 : defaults, active, debtOf(env))
  const oldest = lines.at(-1)!
  for (const a of history) {
    for (let k = 0; k < a.paid; k++)
      env.writer.installmentPaid(
        tax,
        oldest.period,
        addDays(a.grantedOn, 30 * (k + 1)),
        Math.min(a.installment, Math.floor(oldest.tax / 10)),
        a.id,
      )
  }
  data.agreements = history
  const debt = debtOf(env)
  const months = env.j.collection.maxInstallmentMonths
  data.request = {
    receivedOn: addDays(env.ctx.referenceDate, -draw.int(2, 10)),
    months,
    reason: w(`request.${draw.pick(['slow', 'latePaying', 'restructuring'] as const)}`),
  }
  const surplus = (debt / Math.min(months, 6)) * draw.float(1.1, 1.4)
  data.cashFlow = cashFlow(env, surplus, w('cashFlow.better'))
  data.bank = {
    accounts: [account(env, round(env, debt * draw.float(0.01, 0.05)))],
    transactions: sortTx(ordinaryTransactions(env, Math.min(env.taxpayer.turnover / 12, debt))),
  }
  data.debtors = debtors(env, debt * draw.float(1.3, 2))
  data.assets = [vehicle(env, debt * draw.float(0.3, 0.6))]
  return {
    data,
    flags: [
      w('flag.defaulted', { defaults, active: active ? 'yes' : 'no' }),
      w('flag.returnsMissing', { missing }),
      w('flag.longestTerm'),
    ],
  }
}

/** Part of the debt under a valid objection; the rest is not disputed. */
export function disputedDebtStory(env: StoryEnv): Story {
  const { draw } = env.ctx
  const { servedOn, reminderOn } = contactDates(env, 'expired')
  const data = baseData(env, servedOn, reminderOn)
  const tax = taxOf(env)
  writeDebt(env, tax, addDays(reminderOn, -draw.int(10, 40)), draw.int(1, 2))
  const undisputed = debtOf(env)
  const assessedOn = addDays(reminderOn, -draw.int(10, 30))
  const window = env.j.deadlines.objectionDays
  const lodgedOn = addDays(assessedOn, draw.int(Math.min(3, window), window))
  const citPeriod = freePeriod(env, 'CIT', addDays(assessedOn, -30))
  const amount = round(env, undisputed * draw.float(0.5, 1.5))
  const ref = `ASSESS-${assessedOn.slice(0, 4)}-${pad(env.n)}`
  env.writer.debt(
    { taxType: 'CIT', period: citPeriod, tax: amount, paid: round(env, amount * 0.8), assessedOn, ref },
    env.ctx.referenceDate,
  )
  const objections: Objection[] = [
    {
      id: `OBJ-${lodgedOn.slice(0, 4)}-C${pad(env.n)}`,
      taxType: 'CIT',
      period: citPeriod,
      assessedOn,
      lodgedOn,
      amount,
      status: 'pending',
      grounds: w(`grounds.${draw.pick(['depreciation', 'transferPricing', 'wrongYear'] as const)}`),
    },
  ]
  if (draw.chance(0.5)) {
    const old = addDays(assessedOn, -draw.int(400, 700))
    objections.unshift({
      id: `OBJ-${old.slice(0, 4)}-C${pad(env.n)}`,
      taxType: tax,
      period: periodsDueBy(tax, old, 1, env.j)[0]!,
      assessedOn: old,
      lodgedOn: addDays(old, draw.int(3, Math.max(3, window))),
      amount: round(env, undisputed * draw.float(0.2, 0.6)),
      status: 'decided',
      grounds: w('grounds.lateFilingDecided'),
    })
  }
  data.objections = objections
  const debt = debtOf(env)
  data.bank = {
    accounts: [account(env, round(env, undisputed * draw.float(1.2, 1.6)))],
    transactions: sortTx(ordinaryTransactions(env, env.taxpayer.turnover / 12)),
  }
  data.assets = [vehicle(env, debt * draw.float(0.3, 0.6))]
  return {
    data,
    flags: [
      w('flag.objectionPending', {
        id: objections.at(-1)!.id,
        days: daysBetween(assessedOn, lodgedOn),
        window,
      }),
      w('flag.onlyAssessed', { disputedTax: taxTypeLabel('CIT'), tax: taxTypeLabel(tax) }),
    ],
  }
}

/** A compliant taxpayer with a temporary cash-flow problem asks for time to pay. */
export function cashFlowStory(env: StoryEnv): Story {
  const { draw } = env.ctx
  const { servedOn, reminderOn } = contactDates(env, draw.chance(0.5) ? 'running' : 'expired')
  const data = baseData(env, servedOn, reminderOn)
  writeDebt(env, taxOf(env), addDays(reminderOn, -draw.int(5, 30)), draw.int(1, 2))
  const debt = debtOf(env)
  const max = env.j.collection.maxInstallmentMonths
  const planned = draw.int(Math.min(3, max), Math.min(9, max))
  const surplus = (debt / planned) * draw.float(1.3, 1.8)
  if (draw.chance(0.5)) {
    const grantedOn = addDays(env.ctx.referenceDate, -draw.int(800, 1200))
    data.agreements = [
      {
        id: `IA-${grantedOn.slice(0, 4)}-${pad(env.n)}A`,
        grantedOn,
        months: 6,
        installment: round(env, debt / 8),
        paid: 6,
        missed: 0,
        status: 'completed',
        security: null,
      },
    ]
  }
  const customer: Text = otherBusinesses(env, 1)[0]?.name ?? w('party.mainCustomer')
  data.cashFlow = cashFlow(env, surplus, w('cashFlow.delayed', { customer }), true)
  const realistic = realisticTerms(debt, monthlySurplus(data.cashFlow.projected), env.j)
  const months = Math.max(planned, realistic?.min ?? planned)
  data.request = {
    receivedOn: addDays(env.ctx.referenceDate, -draw.int(2, 10)),
    months,
    reason: w('request.customerLate', { customer, days: draw.int(60, 120) }),
  }
  data.bank = {
    accounts: [account(env, round(env, debt * draw.float(0.2, 0.6)))],
    transactions: sortTx(ordinaryTransactions(env, env.taxpayer.turnover / 12)),
  }
  data.assets = [vehicle(env, debt * draw.float(0.4, 0.9))]
  return { data, flags: [] }
}

/** A company in liquidation with nothing left for unsecured creditors. */
export function uncollectibleStory(env: StoryEnv): Story {
  const { draw } = env.ctx
  const { servedOn, reminderOn } = contactDates(env, 'expired')
  const data = baseData(env, servedOn, reminderOn)
  writeDebt(
    env,
    env.knobs.taxType
      ? taxOf(env)
      : env.taxpayer.taxTypes.some((t) => t.taxType === 'CIT')
        ? 'CIT'
        : mainTax(env),
    addDays(reminderOn, -draw.int(200, 500)),
    draw.int(1, 2),
    {
      goodRecord: 0,
    },
  )
  const debt = debtOf(env)
  const openedOn = addDays(env.ctx.referenceDate, -draw.int(60, 300))
  if (env.company) env.company.status = 'in-liquidation'
  env.taxpayer.status = 'dormant'
  const name = fullName(env.ctx, {
    firstName: env.ctx.fake.firstName('F'),
    lastName: env.ctx.fake.lastName('F'),
  })
  data.registry = {
    status: w('registry.inLiquidation'),
    note: w('registry.liquidationNote', { on: day(openedOn) }),
    liquidator: w('liquidator', { name }),
    inLiquidation: true,
    traced: true,
  }
  data.bank = {
    accounts: draw.chance(0.5) ? [account(env, round(env, debt * draw.float(0.001, 0.01)))] : [],
    transactions: [],
  }
  return {
    data,
    flags: [
      w('flag.inLiquidation', { on: day(openedOn) }),
      w('flag.nothingForUnsecured'),
      w('flag.accountsEmpty'),
    ],
  }
}
