/**
 * The audit's codes as messages (docs/i18n.md): audit types, risk rules, penalty categories,
 * reasons for not selecting and adjustment bases. Logic reads the codes, people read these.
 */
import { msg, type Msg } from '../../primitives/message'
import type { AdjustmentBasis, AuditType, NotSelectReason, PenaltyCategory, RiskRuleId } from './rules'

export const auditTypeLabel = (type: AuditType): Msg => msg(`audit.auditType.${type}`)
export const ruleLabel = (rule: RiskRuleId): Msg => msg(`audit.rule.${rule}`)
export const categoryLabel = (category: PenaltyCategory): Msg => msg(`audit.category.${category}`)
/** The category inside a sentence ("with the negligence category"). */
export const categoryInText = (category: PenaltyCategory): Msg => msg(`audit.category.lower.${category}`)
export const notSelectLabel = (reason: NotSelectReason): Msg => msg(`audit.notSelect.${reason}`)
/** The reason inside a sentence. */
export const notSelectInText = (reason: NotSelectReason): Msg => msg(`audit.notSelect.lower.${reason}`)
export const basisLabel = (basis: AdjustmentBasis): Msg => msg(`audit.basis.${basis}`)
