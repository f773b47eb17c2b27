/** Ids an attacker would send: path characters, dot segments (raw and encoded), NUL, impossible dates. */
export const HOSTILE_IDS = [
  '..',
  '../..',
  '../../../etc/passwd',
  '2026-11-25/../../x',
  '..\\..\\windows',
  '2026-11-25\\startReport\\0830',
  '%2e%2e%2f',
  '/etc/passwd',
  'C:\\Windows',
  'a\u0000b',
  '2026-11-25/startReport/0830/..',
  '2026-11-25/startReport/0830/a/b',
  '2026-02-30/startReport/0830',
  '',
];
