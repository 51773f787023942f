/** How a received value is quoted in an error message: short, and never throws. */
export function describeValue(value: unknown, maxLength = 80): string {
  let text: string;
  try {
    if (value === undefined) text = 'nothing';
    else if (typeof value === 'string') text = JSON.stringify(value);
    else if (typeof value === 'bigint') text = `${value}n`;
    else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
    else text = JSON.stringify(value) ?? typeof value;
  } catch {
    // Cycles and other values JSON cannot write.
    text = Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
  }
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
