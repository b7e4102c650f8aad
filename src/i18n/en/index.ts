/** Every namespace of the en catalogue, merged (ids are namespaced, so they never collide). */
import type { Catalogue } from '../languages'
import common from './common'
import app from './app'
import glossary from './glossary'
import workshop from './workshop'
import studio from './studio'
import session from './session'
import world from './world'
import registration from './registration'
import filing from './filing'
import payments from './payments'
import collection from './collection'
import audit from './audit'
import refunds from './refunds'
import objections from './objections'
import cli from './cli'

const catalogue: Catalogue = {
  ...common,
  ...app,
  ...glossary,
  ...workshop,
  ...studio,
  ...session,
  ...world,
  ...registration,
  ...filing,
  ...payments,
  ...collection,
  ...audit,
  ...refunds,
  ...objections,
  ...cli,
}
export default catalogue
