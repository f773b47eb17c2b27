/**
 * A draft mail as an .eml file (RFC 5322 + MIME): the fallback when mailto: fails or the text is
 * too long. `X-Unsent: 1` makes Outlook open it as a draft to send; Japanese subject and body are
 * UTF-8 (base64, as RFC 2047 / 2045 require for 8-bit text).
 */
function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function buildEml({ to, subject, body, date }: { to: string; subject: string; body: string; date: Date }): string {
  const lines = base64Utf8(body.replace(/\r?\n/g, '\r\n')).match(/.{1,76}/g) ?? [];
  return [
    `To: ${to}`,
    `Subject: =?UTF-8?B?${base64Utf8(subject)}?=`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    ...lines,
    '',
  ].join('\r\n');
}
