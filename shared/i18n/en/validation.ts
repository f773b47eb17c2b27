import type { CatalogueShape } from '../catalogue-shape.js';
import type { validationJa } from '../ja/validation.js';

/** English: validation messages the zod schemas name by key (v.*). `satisfies` holds it to exactly the keys of ja/validation.ts. */
export const validationEn = {
  v: {
    time: 'Enter a time from 00:00 to 23:59.',
    text: 'Enter text.',
    tooLong: 'Use at most {{max}} characters.',
    singleLine: 'Line breaks, tabs and other control characters cannot be used. Enter it on one line.',
    staffId: 'Use letters, digits and hyphens for the staff number.',
    email: 'This is not a valid email address (e.g. kakaricho@city.example.lg.jp).',
    endBeforeStart: 'The end must be later than the start.',
    breakOutsideHours: 'Breaks must fall within working hours.',
    breakOverlap: 'Breaks overlap.',
    tooManyBreaks: 'At most 4 breaks.',
    language: 'Choose Japanese or English.',
    url: 'Enter the webhook URL starting with https:// (paste the URL the chat service issued).',
    webhookHttps: 'Enter a URL starting with https://. To post to an intranet server without https, enter its host name under "Intranet host allowed over http://".',
    webhookCredentials: 'Remove the user name and password (the part before @) from the URL. Enter the webhook URL the chat service issued.',
    webhookLocal: 'Reports cannot be sent to this PC itself (localhost, 127.0.0.1, …), link-local or cloud metadata addresses. Enter the webhook URL the chat service issued.',
    webhookHttpHost: 'Enter one host name only (e.g. chat.example.lg.jp, without http://, port or path). This PC and link-local addresses cannot be used.',
    urlRequired: 'Enter the URL to turn the chat integration on.',
    noInput: 'This action takes no data.',
    date: 'Enter a real date in the form YYYY-MM-DD.',
    required: 'This field is required.',
    blockEndBeforeStart: 'The end must be later than the start. A block cannot cross midnight (split it at 0:00).',
    blockOverlap: 'This overlaps another block.',
    recordTime: 'Enter a time from 00:00 to 23:59 of the next day.',
    reasonRequired: 'Choose a reason.',
    unknownKey: 'Unexpected field "{{key}}".',
    invalidType: 'The value has the wrong type.',
    keepDays: 'Enter a whole number of days from 1 to 90.',
    timeZone: 'Name the time zone the IANA way, as Area/City (for example Asia/Tokyo) or UTC.',
    invalid: 'The value is not valid.',
  },
} as const satisfies CatalogueShape<typeof validationJa>;
