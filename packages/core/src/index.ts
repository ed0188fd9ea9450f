// Numbers
export { Decimal, toDecimal, roundPoints, formatFixed2, formatShort, clampDecimal, isDecimalString } from './decimal';
export type { DecimalLike } from './decimal';

// Model
export { LOCALES, LocalizedText, SourceText, Id, DecimalLikeSchema, Provenance, PeriodKind } from './model/common';
export type { Locale } from './model/common';
export { Role } from './model/role';
export type { RoleInput } from './model/role';
export { OrgChart, Person, RoleAssignment } from './model/orgChart';
export type { OrgChartInput } from './model/orgChart';
export { Predicate, ComparisonOperator, PredicateValue } from './model/predicate';
export { Expr } from './model/expr';
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
export { RatedRule, RubricBand, combineRatings } from './rules/rated';
export type { RaterRating } from './rules/rated';
export { FormulaRule } from './rules/formula';
export { ConditionRule, ConditionJson, ConditionOperator } from './rules/condition';

// Evaluation
export { compile, isCompiledScorecard } from './evaluate/compile';
export type { CompileOptions, CompiledScorecard } from './evaluate/compile';
export { appraise, appraiseSync, appraiseMany } from './evaluate/appraise';
export type { AppraiseOptions } from './evaluate/appraise';
export type { ReviewInput } from './evaluate/review';
export { AppraisalInput, parseAppraisalInput } from './evaluate/readInput';
export type { ParsedAppraisalInput } from './evaluate/readInput';
export { resolveScorecard, parseScorecard, lookupScheme } from './evaluate/resolveScorecard';
export type { SchemeSource } from './evaluate/resolveScorecard';
export { findBand } from './evaluate/band';
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
export type { LineKind } from './evaluate/context';

// Lint
export { lint } from './lint/lint';
export type { LintOptions } from './lint/lint';
export type { LintFinding, LintSeverity } from './lint/LintFinding';
export { lintIntervalTable } from './lint/lintBands';

// Time
export { parsePeriod, periodContains, PERIOD_FORMATS } from './time/period';
export type { ResolvedPeriod } from './time/period';
export { DEFAULT_TIME_ZONE, localDateOf, parseLocalDate, parseInstant } from './time/zonedDate';
export type { LocalDate, DateTimeValue } from './evaluate/factValue';

// Errors, safety, locales
export { KaoheError, isKaoheError, formatPath } from './errors/KaoheError';
export type { KaoheIssue, IssuePath, KaoheErrorOptions } from './errors/KaoheError';
export { KAOHE_ERROR_CODES } from './errors/codes';
export type { KaoheErrorCode } from './errors/codes';
export { assertSafeJson, parseJsonSafely } from './safety/assertSafeJson';
export { contentHash, canonicalJson, sha256Hex } from './safety/contentHash';
export { renderMessage, renderBoth } from './locales/render';
export type { MessageParams, MessageParam, MessageCode } from './locales/render';
export { compileScheme, appraiseScheme } from './evaluate/compileScheme';
export type { CompiledScheme, SchemeResult } from './evaluate/compileScheme';
