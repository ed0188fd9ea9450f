import type { Exact } from './Exact';
import type { DayNumber } from './localDay';

/** A fact or field as a plan holds it: numbers exact, dates by their text, an event list by its length. */
export type PlanValue = Exact | boolean | string | undefined;

/** One event of an event fact, its declared fields converted. */
export interface PlanEvent {
  /** Position in the input array. */
  readonly index: number;
  /** The local day of its date field (yyyymmdd), or −1 when it has none. */
  readonly day: DayNumber;
  readonly fields: Readonly<Record<string, PlanValue>>;
}

/** A period as a plan reads it: its first and last local days, unbounded for a project. */
export interface PlanPeriod {
  readonly id: string;
  readonly start: DayNumber | undefined;
  readonly end: DayNumber | undefined;
}

/** What a plan knows of one subject while it scores it. */
export interface SubjectState {
  readonly facts: Readonly<Record<string, PlanValue>>;
  readonly events: Readonly<Record<string, readonly PlanEvent[]>>;
  readonly ratings: Readonly<Record<string, unknown>>;
  readonly period: PlanPeriod;
  /** Points of the items scored so far, by item index. */
  readonly points: Array<Exact | undefined>;
  /** The events each shared filter counted, by filter slot, found once per subject. */
  readonly counted: Array<readonly PlanEvent[] | undefined>;
  /** The event a field predicate reads. */
  event: PlanEvent | undefined;
  /** The value a tier's points read as `{ value: true }`. */
  value: Exact | undefined;
}
