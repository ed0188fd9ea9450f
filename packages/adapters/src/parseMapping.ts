import { MappingSchema, type Mapping } from './mappingSchema.js';
import { validateJson } from './validateJson.js';

/**
 * Validates a column mapping (parsed JSON or a JSON string) and fills in defaults.
 *
 * @example
 * const mapping = parseMapping(JSON.parse(fs.readFileSync('mapping.json', 'utf8')));
 * @throws AdapterError `mappingInvalid` naming each problem and its path.
 */
export function parseMapping(input: unknown): Mapping {
  return validateJson(MappingSchema, input, 'mappingInvalid');
}
