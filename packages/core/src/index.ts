// Numbers
export { Decimal, toDecimal, roundPoints, formatFixed2, formatShort, clampDecimal, isDecimalString } from './decimal';
export type { DecimalLike } from './decimal';

// Model
export { LOCALES, LocalizedText, SourceText, Id, DecimalLikeSchema, PositiveDecimal, NonNegativeDecimal, decimalWhere, isDecimalLike, isSuppliableName, Provenance, PeriodKind } from './model/common';
export type { Locale } from './model/common';
export { Role } from './model/role';
export type { RoleInput } from './model/role';
export { OrgChart, Person, RoleAssignment } from './model/orgChart';
export type { OrgChartInput } from './model/orgChart';
export { Predicate, ComparisonOperator, PredicateValue, type PredicateInput, type PredicateValueInput } from './model/predicate';
export { Expr, type ExprInput } from './model/expr';
export { FactSpec, FieldSpec, ScalarFactType } from './model/inputs';
export { Band, HitPolicy } from './model/bands';
export type { BandInput } from './model/bands';
export { Veto, VetoOutcome } from './model/veto';
export { ReviewChain, ReviewLevel } from './model/review';
export { Rater, RaterCombination, RaterPanel } from './model/raters';
export { Item } from './model/item';
export type { ItemInput } from './model/item';
export { Scorecard, ScoringModel, SchemeStatus, Reading, SCHEMA_VERSION } from './model/scorecard';
export type { ScorecardInput, ResolvedScorecard } from './model/scorecard';
export { scorecardJsonSchema, orgChartJsonSchema, regimeJsonSchema } from './model/jsonSchema';
export { defineScorecard } from './model/defineScorecard';
export { defineOrgChart } from './model/defineOrgChart';
export type { Exactly } from './model/Exactly';
export { toInterval, intervalContains, formatInterval, uncoveredIntervals } from './model/interval';
export type { Interval, IntervalBounds } from './model/interval';

// Rule kinds
export { Rule, RULE_KINDS, ruleFacts, isAsyncRule } from './rules/registry';
export type { RuleInput, RuleKind } from './rules/registry';
export { StepsRule, StepSpec, StepRounding } from './rules/steps';
export { PerOccurrenceRule, OccurrenceSource, OccurrencePoints, AllowanceWindow } from './rules/perOccurrence';
export { TiersRule, Tier } from './rules/tiers';
export { ChoiceRule, ChoiceOption } from './rules/choice';
export { RatioRule } from './rules/ratio';
export { RatedRule, RubricBand, combineRatings, itemCombination } from './rules/rated';
export type { RaterRating } from './rules/rated';
export { FormulaRule } from './rules/formula';
export { ConditionRule, ConditionJson, ConditionOperator } from './rules/condition';
export type { ConditionEngine } from './rules/condition';

// Evaluation
export { compile, isCompiledScorecard } from './evaluate/compile';
export type { CompileOptions, CompiledScorecard } from './evaluate/compile';
export { appraise, appraiseSync, appraiseMany } from './evaluate/appraise';
export { hasPlan } from './plan/planOf';
export { resultJson, resultJsonParts } from './plan/resultJson';
export type { AppraiseOptions } from './evaluate/appraise';
export type { ReviewInput } from './evaluate/review';
export { AppraisalInput, parseAppraisalInput } from './evaluate/readInput';
export type { ParsedAppraisalInput } from './evaluate/readInput';
export { resolveScorecard, parseScorecard, lookupScheme } from './evaluate/resolveScorecard';
export type { SchemeSource } from './evaluate/resolveScorecard';
export { findBand } from './evaluate/band';
export { panelComposite } from './evaluate/composite';
export type { PanelComposite } from './evaluate/composite';
export type { CompositeResult, RaterTotal } from './evaluate/Appraisal';

// Project grades and bonuses (seed 002)
export { Grade, findGrade, gradeResult } from './bonus/grades';
export type { GradeInput, GradeResult } from './bonus/grades';
export { ProjectBonus, BonusCoefficient, BonusAward, computeProjectBonus } from './bonus/projectBonus';
export type { ProjectBonusInput, BonusResult, BonusLine, BonusInputs } from './bonus/projectBonus';
export { BonusSplit, splitBonus } from './bonus/split';
export type { TeamShares } from './bonus/split';
export { PayoutSchedule, payoutWindowAfter } from './bonus/payoutWindow';
export type { PayoutWindow } from './bonus/payoutWindow';
export { GradeStreakSanction, gradeStreak, streakSanctioned } from './bonus/streaks';
export type { SanctionResult } from './bonus/streaks';
export { projectOutcome, projectFacts } from './bonus/projectOutcome';
export type { ProjectOutcome, ProjectScheme } from './bonus/projectOutcome';
export { roundMoney, formatMoney } from './bonus/money';
export type {
  Appraisal,
  AppraisalLine,
  AppraisalWarning,
  BandResult,
  ItemResult,
  ReviewAdjustment,
  ReviewRecord,
  SchemeStamp,
  VetoResult,
} from './evaluate/Appraisal';
export type { LineKind } from './rules/context';

// Lint
export { lint } from './lint/lint';
export type { LintOptions } from './lint/lint';
export type { LintFinding, LintSeverity } from './lint/LintFinding';
export { lintIntervalTable } from './lint/lintBands';

// Time
export { parsePeriod, periodContains, PERIOD_FORMATS } from './time/period';
export type { ResolvedPeriod } from './time/period';
export { DEFAULT_TIME_ZONE, localDateOf, parseLocalDate, parseInstant } from './time/zonedDate';
export type { LocalDate, DateTimeValue } from './rules/factValue';

// Errors, safety, locales
export { KaoheError, isKaoheError, formatPath } from './errors/KaoheError';
export type { KaoheIssue, IssuePath, KaoheErrorOptions } from './errors/KaoheError';
export { KAOHE_ERROR_CODES } from './errors/codes';
export type { KaoheErrorCode } from './errors/codes';
export { assertSafeJson, parseJsonSafely } from './safety/assertSafeJson';
export { LIMITS, numberBreach } from './limits';
export type { LimitName, LimitBreach } from './limits';
export { assertNumberWithinLimits } from './errors/limitExceeded';
export { contentHash, schemeHash, canonicalJson, sha256Hex } from './safety/contentHash';
export { canonicalDecimals } from './safety/canonicalDecimals';
export { renderMessage, renderBoth } from './locales/render';
export type { MessageParams, MessageParam, MessageCode } from './locales/render';
export { compileScheme, appraiseScheme } from './evaluate/compileScheme';
export type { CompiledScheme, SchemeResult } from './evaluate/compileScheme';

// Working days, report due dates, deadlines
export { WorkingCalendar, LocalDateText, parseWorkingCalendar, isWorkingDay, addWorkingDays, workingDaysBetween, withinWorkingDays } from './time/workingDays';
export type { WorkingCalendarInput } from './time/workingDays';
export { ReportKind, ReportSchedule, REPORT_COVERS_FORMATS, reportDueDate, reportTimeliness } from './time/reportDue';
export type { ReportScheduleInput, ReportTimeliness } from './time/reportDue';
export { Duration, Boundary, durationMs, describeDuration, describeElapsed, checkDeadline, dueAfter, MAX_DURATION_DAYS } from './time/deadline';
export type { DeadlineOutcome, DeadlineStatus } from './time/deadline';
export { addLocalDays, startOfLocalDay } from './time/calendarDay';
export { DeadlineRule, DeadlineCheckSpec, DeadlineLimit, MAX_WORKING_DAYS } from './rules/deadline';

// Org charts: validation and reporting lines
export { parseOrgChart, orgChartIssues } from './org/parseOrgChart';
export { holdsRole, holdersOf, roleHolders, personById, supervisorOf, reportingLine, findInReportingLine } from './org/reportingLine';

// Penalty regimes
export {
  PenaltyRegime,
  OrderSpec,
  BreachSpec,
  CountSpec,
  KindSpec,
  Named,
  Offence,
  OffenceSource,
  Payer,
  CollectiveRule,
  SanctionKind,
  Measure,
  Threshold,
  ThresholdTier,
} from './regimes/PenaltyRegime';
export type { PenaltyRegimeInput } from './regimes/PenaltyRegime';
export { OrderCondition, OrderDeadline } from './regimes/orderCondition';
export type { OrderConditionInput } from './regimes/orderCondition';
export { compileRegime, isCompiledRegime } from './regimes/compileRegime';
export { defineRegime } from './regimes/defineRegime';
export type { CompiledRegime } from './regimes/compileRegime';
export { appraiseRegime } from './regimes/appraiseRegime';
export type { RegimeOptions } from './regimes/appraiseRegime';
export { resolvePayer } from './regimes/collective';
export type { ResolvedPayer, PayerContext } from './regimes/collective';
export { windowMonths, thresholdIntervals } from './regimes/thresholds';
export { isRegimeResult } from './regimes/RegimeResult';
export type { RegimeResult, RegimeLine, RegimeFine, FineLine, CollectiveFine, Sanction, WindowTotal, WindowMonth, RegimeStamp } from './regimes/RegimeResult';

// Fees
export { FeeMapping, FeeTier, quarterlyFee } from './fees/quarterlyFee';
export type { FeeMappingInput, QuarterlyFee, FeeMonth } from './fees/quarterlyFee';

// Rules, conditions and deadlines in words (zh-CN and en, plain text or Markdown)
export { describeRule } from './explain/describeRule';
export type { DescribeRuleOptions } from './explain/describeRule';
export { describeExpr, describePredicateText } from './explain/describeExpr';
export { describeDeadline, describeLimit, reportScheduleText, durationText, ordinal, weekdayName } from './explain/describeDeadline';
export { describeOrderCondition, describePayer } from './explain/describeOrderCondition';
export { signed, withSign } from './explain/DescribeOptions';
export type { DescribeOptions } from './explain/DescribeOptions';
export { enumText, ENUM_VALUES } from './explain/enumText';
export type { EnumGroups } from './explain/enumText';
