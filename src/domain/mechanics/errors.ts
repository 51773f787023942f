/**
 * The error type of the mechanics model.
 *
 * Frame and sign conventions: none (messages only). Messages read
 * `mechanics: <field> must be <allowed values> (got <value>)`.
 */
/** Thrown for invalid input; the message names the field and the allowed range. */
export class MechanicsInputError extends Error {
  override readonly name = 'MechanicsInputError';
  /** Dotted path of the offending field, e.g. `muscles.gluteus-medius.weakness`. */
  readonly field: string;

  constructor(field: string, message: string) {
    super(`mechanics: ${message}`);
    this.field = field;
  }
}

/** Renders a received value for an error message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
