import * as z from 'zod';
import { PenaltyRegime } from '../regimes/PenaltyRegime';
import { OrgChart } from './orgChart';
import { SCHEMA_VERSION, Scorecard } from './scorecard';

/**
 * A file's JSON Schema from its zod schema, as written (`io: 'input'`: fields with defaults are
 * optional and carry their `default`). Every field's description and examples come from the zod
 * definitions' metadata, so the schema an editor shows and the one kaohe validates with are one.
 */
function jsonSchemaOf(schema: z.ZodType, kind: string, title: string): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', reused: 'ref' }) as Record<string, unknown>;
  // A stable id naming the file kind and format version: no host of ours serves these files, so no URL pretends to.
  return { $schema, $id: `urn:kaohe:${kind}:${SCHEMA_VERSION}`, title, ...body };
}

/**
 * The JSON Schema (draft 2020-12) of a scorecard, for editors and for validating schemes outside
 * JavaScript: every field with its description, its default and examples. The zod schema stays the
 * authority: it also checks what JSON Schema cannot say.
 *
 * @example
 * writeFileSync('scorecard.schema.json', JSON.stringify(scorecardJsonSchema(), null, 2));
 * // then, at the top of a scheme: "$schema": "./scorecard.schema.json"
 */
export function scorecardJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(Scorecard, 'scorecard', 'kaohe scorecard');
}

/**
 * The JSON Schema (draft 2020-12) of a penalty regime.
 *
 * @example
 * writeFileSync('regime.schema.json', JSON.stringify(regimeJsonSchema(), null, 2));
 */
export function regimeJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(PenaltyRegime, 'penalty-regime', 'kaohe penalty regime');
}

/**
 * The JSON Schema (draft 2020-12) of an organisation chart.
 *
 * @example
 * writeFileSync('org-chart.schema.json', JSON.stringify(orgChartJsonSchema(), null, 2));
 */
export function orgChartJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(OrgChart, 'org-chart', 'kaohe organisation chart');
}
