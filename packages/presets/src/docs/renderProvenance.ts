import type { Provenance } from '@kaohe/core';
import { quote } from './markdown';

const sentence = (text: string): string => `${text.replace(/[.。]\s*$/, '')}.`;

/** A provenance in words: the seed file and the clause, or the inferred reason (with the clause it reads). */
export function renderProvenance(provenance: Provenance | undefined): string {
  if (provenance === undefined) return '—';
  if ('inferred' in provenance) {
    const from = provenance.source === undefined ? '' : ` Reads \`${provenance.source}\`${provenance.clause === undefined ? '' : `: ${quote(provenance.clause)}`}.`;
    return `**Inferred:** ${sentence(provenance.inferred)}${from}`;
  }
  const note = provenance.note === undefined ? '' : ` Note: ${sentence(provenance.note)}`;
  return `\`${provenance.source}\`: ${quote(provenance.clause)}.${note}`;
}
