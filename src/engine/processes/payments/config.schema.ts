/**
 * The payments process's part of the scenario format (world.payments) and of a jurisdiction profile
 * (jurisdiction.payments). Profile settings have defaults so existing profiles stay valid.
 */
import { z } from 'zod'
import { caseCountsSchema } from '../world-schema'
import * as kinds from './kinds'

export const WorldConfigSchema = caseCountsSchema(kinds, 'Payments and taxpayer account')

export const ProfileSchema = z.strictObject({})
