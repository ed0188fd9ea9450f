const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Folds what people type in Chinese input methods back to plain forms: full-width
 * digits, letters and signs (`８５％` → `85%`, `（分钟）` → `(分钟)`) by Unicode
 * NFKC, the ideographic space to a space, and trims. Text that is plain ASCII is
 * only trimmed (the common case, kept fast).
 *
 * @example
 * normalizeText(' ８５％ ') // '85%'
 */
export function normalizeText(text: string): string {
  if (!NON_ASCII.test(text)) return text.trim();
  return text.normalize('NFKC').replace(/\u3000/g, ' ').trim();
}

/**
 * The form of a header used to compare it with the names of a mapping: folded by
 * {@link normalizeText}, lower case, without white space (line breaks inside a
 * header cell included) and without a leading `*` (a "required" mark).
 *
 * @example
 * headerKey('故障恢复时长\n（分钟）') // '故障恢复时长(分钟)'
 */
export function headerKey(text: string): string {
  return normalizeText(text).toLowerCase().replace(/\s+/g, '').replace(/^\*+/, '');
}
