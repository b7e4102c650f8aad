/**
 * The filing process's part of the scenario format (world.filing) and of a jurisdiction profile
 * (jurisdiction.filing). Profile settings have defaults so existing profiles stay valid.
 */
import { z } from 'zod'
import { caseCountsSchema } from '../world-schema'
import * as kinds from './kinds'

export const WorldConfigSchema = caseCountsSchema(kinds, 'Return filing')

export const ProfileSchema = z.strictObject({})
