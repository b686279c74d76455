/**
 * A build error about the user's input (an article, a setting, the output
 * folder), printed as its message and hint alone. Astro prints a stack trace
 * under any error that has one, and a trace into our own code only hides the
 * line that says which file and field to fix.
 */
import { AstroError } from 'astro/errors';

/** An AstroError without a stack trace. @example throw refusal('2 article files have problems: …', 'Fix the fields named above.') */
export function refusal(message: string, hint?: string): AstroError {
  const error = new AstroError(message, hint);
  error.stack = '';
  return error;
}
