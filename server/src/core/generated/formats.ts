/** Formats used by the generated validators (required by validators.ts as `./formats`). */
import { parseDate } from '../dates';

export = {
  date: { type: 'string', validate: (s: string) => parseDate(s) !== undefined },
};
