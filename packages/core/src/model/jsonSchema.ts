import { z } from 'zod';
import { OrgChart } from './orgChart';
import { Scorecard } from './scorecard';

/**
 * The JSON Schema (draft 2020-12) of a scorecard, for editors and for validating schemes outside
 * JavaScript. The zod schema stays the authority: it also checks what JSON Schema cannot say.
 *
 * @example
 * writeFileSync('scorecard.schema.json', JSON.stringify(scorecardJsonSchema(), null, 2));
 */
export function scorecardJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Scorecard, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

/** The JSON Schema (draft 2020-12) of an organisation chart. */
export function orgChartJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(OrgChart, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
