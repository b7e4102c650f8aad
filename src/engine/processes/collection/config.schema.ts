/**
 * The collection process's part of the scenario format (world.collection) and of a jurisdiction profile
 * (jurisdiction.collection). Profile settings have defaults so existing profiles stay valid.
 */
import { z } from 'zod'
import { caseCountsSchema } from '../world-schema'
import * as kinds from './kinds'

export const WorldConfigSchema = caseCountsSchema(kinds, 'Arrears collection')

export const ProfileSchema = z.strictObject({})
