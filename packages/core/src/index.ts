export { Decimal, toDecimal, roundPoints, formatFixed2, formatShort, clampDecimal, isDecimalString } from './decimal';
export type { DecimalLike } from './decimal';
export { LOCALES, LocalizedText, SourceText, Id, DecimalLikeSchema, Provenance, PeriodKind } from './model/common';
export type { Locale } from './model/common';
export { Role } from './model/role';
export type { RoleInput } from './model/role';
export { OrgChart, Person, RoleAssignment } from './model/orgChart';
export type { OrgChartInput } from './model/orgChart';
