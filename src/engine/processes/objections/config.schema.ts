/**
 * The objections process's part of the scenario format (world.objections) and of a jurisdiction profile
 * (jurisdiction.objections). Profile settings have defaults so existing profiles stay valid.
 */
import { z } from 'zod'
import { caseCountsSchema } from '../world-schema'
import * as kinds from './kinds'

export const WorldConfigSchema = caseCountsSchema(kinds, 'Objection')

export const ProfileSchema = z.strictObject({})
