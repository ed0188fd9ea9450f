import { appraiseScheme, compileScheme, type Locale, type SchemeResult } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { demoSamples } from '../demo/samples';
import { appraisalTable } from '../format/appraisalTable';
import { EXIT, type CliIo } from '../io';

/** `kaohe demo`: appraises the bundled sample subjects with their presets and prints a table a scheme. */
export async function demoCommand(options: { locale: Locale; explain: boolean }, io: CliIo): Promise<number> {
  const sections: string[] = [];
  for (const sample of demoSamples) {
    const entry = getPreset(sample.preset);
    if (entry === undefined) continue;
    const compiled = compileScheme(entry.scheme, { schemes: presetSchemes, locale: options.locale });
    const results: SchemeResult[] = [];
    for (const subject of sample.subjects) results.push(await appraiseScheme(compiled, subject, { locale: options.locale }));
    sections.push(appraisalTable(results, options.locale, options.explain));
  }
  io.stdout.write(`${sections.join('\n\n')}\n`);
  return EXIT.ok;
}
