/**
 * The audit process's part of the scenario format (world.audit) and of a jurisdiction profile
 * (jurisdiction.audit). Profile settings have defaults so existing profiles stay valid.
 */
import { z } from 'zod'
import { caseCountsSchema } from '../world-schema'
import * as kinds from './kinds'

export const WorldConfigSchema = caseCountsSchema(kinds, 'Risk and audit')

export const ProfileSchema = z.strictObject({})
