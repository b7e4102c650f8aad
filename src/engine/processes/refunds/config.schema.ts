/**
 * The refunds process's part of the scenario format (world.refunds) and of a jurisdiction profile
 * (jurisdiction.refunds). Profile settings have defaults so existing profiles stay valid.
 */
import { z } from 'zod'
import { caseCountsSchema } from '../world-schema'
import * as kinds from './kinds'

export const WorldConfigSchema = caseCountsSchema(kinds, 'VAT refund')

export const ProfileSchema = z.strictObject({})
