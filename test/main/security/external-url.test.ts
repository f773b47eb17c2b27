import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../main/security/external-url.js';
import { mailtoUrl } from '../../../shared/reports/report-text.js';

const hosts = ['intranet.example.lg.jp', 'Portal.Example.LG.jp', 'wiki.example.lg.jp:8443'] as const;

describe('isAllowedExternalUrl', () => {
  it.each([
    // mailto: one recipient (or none), with a subject and a body only
    ['mailto:soumu@example.lg.jp', true],
    ['mailto:soumu@example.lg.jp?subject=%E6%97%A5%E5%A0%B1', true],
    ['MAILTO:soumu@example.lg.jp', true],
    // https: only to configured hosts, compared without case
    ['https://intranet.example.lg.jp/', true],
    ['https://intranet.example.lg.jp/path?q=1#frag', true],
    ['https://INTRANET.EXAMPLE.LG.JP/', true],
    ['https://portal.example.lg.jp/', true],
    ['https://intranet.example.lg.jp:443/', true], // default port is the same host
    ['https://wiki.example.lg.jp:8443/', true],
    ['https://wiki.example.lg.jp/', false], // only the configured port
    ['https://intranet.example.lg.jp:8443/', false],
    ['https://example.com/', false],
    ['https://evil.intranet.example.lg.jp/', false],
    ['https://intranet.example.lg.jp.evil.example/', false],
    ['https://intranet.example.lg.jp./', false],
    ['https://xn--intranet-.example/', false],
    // credentials in the URL
    ['https://user:pw@intranet.example.lg.jp/', false],
    ['https://user@intranet.example.lg.jp/', false],
    ['https://intranet.example.lg.jp@evil.example/', false],
    ['https://:pw@intranet.example.lg.jp/', false],
    // other schemes
    ['http://intranet.example.lg.jp/', false],
    ['file:///C:/Windows/System32/calc.exe', false],
    ['file://server/share/evil.exe', false],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['smb://server/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['search-ms:query=x', false],
    ['vscode://file/x', false],
    ['app://techo/index.html', false],
    ['ftp://intranet.example.lg.jp/', false],
    ['ws://intranet.example.lg.jp/', false],
    // tricks the URL parser would silently "fix"
    [' https://intranet.example.lg.jp/', false],
    ['https://intranet.example.lg.jp/\n', false],
    ['java\nscript:alert(1)', false],
    ['ht\ttps://intranet.example.lg.jp/', false],
    // malformed
    ['', false],
    ['intranet.example.lg.jp', false],
    ['//intranet.example.lg.jp/', false],
    ['https://', false],
    ['https://[::1', false],
  ])('%j → %s', (url, expected) => {
    expect(isAllowedExternalUrl(url, hosts)).toBe(expected);
  });

  // A mailto: link can carry any header and, in several mail clients, attach a local file
  // (attach=, attachment=); cc/bcc/to add recipients unseen. Only one recipient, subject and body.
  it.each([
    ['mailto:soumu@example.lg.jp?subject=%E5%A7%8B%E6%A5%AD%E5%A0%B1%E5%91%8A&body=%E4%BA%88%E5%AE%9A', true],
    ['mailto:soumu%40example.lg.jp?subject=a&body=b', true], // the recipient percent-encoded, as mailtoUrl() writes it
    ['mailto:?subject=a&body=b', true], // no 所属長 address set: the user types one in the mail client
    ['mailto:soumu@example.lg.jp?Subject=a&BODY=b', true], // header names are case-insensitive
    ['mailto:soumu@example.lg.jp?body=a%26attach%3D%2Fetc%2Fpasswd', true], // encoded inside the body: text, not a header
    ['mailto:soumu@example.lg.jp?subject=', true],
    ['mailto:soumu@example.lg.jp?attach=/etc/passwd', false],
    ['mailto:soumu@example.lg.jp?subject=a&attach=C:\\Users\\me\\secret.xlsx', false],
    ['mailto:soumu@example.lg.jp?ATTACH=/etc/passwd', false],
    ['mailto:soumu@example.lg.jp?Attachment=/etc/passwd', false],
    ['mailto:soumu@example.lg.jp?%61ttach=/etc/passwd', false], // encoded header name
    ['mailto:soumu@example.lg.jp?cc=boss@example.com', false],
    ['mailto:soumu@example.lg.jp?CC=boss@example.com', false],
    ['mailto:soumu@example.lg.jp?bcc=spy@example.com', false],
    ['mailto:soumu@example.lg.jp?Bcc=spy@example.com', false],
    ['mailto:soumu@example.lg.jp?to=spy@example.com', false],
    ['mailto:soumu@example.lg.jp?from=ceo@example.lg.jp', false],
    ['mailto:soumu@example.lg.jp?reply-to=spy@example.com', false],
    ['mailto:soumu@example.lg.jp?in-reply-to=x', false],
    ['mailto:soumu@example.lg.jp?x-mailer=x', false],
    ['mailto:soumu@example.lg.jp?subject=a&subject=b', false], // a header twice: which one wins differs per client
    ['mailto:soumu@example.lg.jp?subject', false], // a header without "="
    ['mailto:soumu@example.lg.jp?subject=a&', false],
    ['mailto:soumu@example.lg.jp?&subject=a', false],
    ['mailto:soumu@example.lg.jp?subject=a;attach=/etc/passwd', false], // ";" separates headers in some clients
    // A header hidden in the recipient, for clients that decode before splitting or read "&" there
    ['mailto:boss&attach=/etc/passwd@x.example', false],
    ['mailto:boss%3Fbcc%3Devil@x.example?subject=a', false],
    ['mailto:%3Fattach=%2Fetc%2Fpasswd%26x@y', false],
    ['mailto:boss%26cc=evil@x.example', false],
    ['mailto:soumu@example.lg.jp?subject=a?attach=/etc/passwd', false],
    ['mailto:soumu@example.lg.jp?subject=a#attach=/etc/passwd', false],
    ['mailto:soumu@example.lg.jp?body=%ZZ', false], // malformed escape
    // one recipient only
    ['mailto:soumu@example.lg.jp,spy@example.com', false],
    ['mailto:soumu@example.lg.jp%2Cspy@example.com', false],
    ['mailto:soumu@example.lg.jp;spy@example.com', false],
    ['mailto:soumu@example.lg.jp%3Bspy@example.com', false],
    ['mailto:%22a,b%22@example.lg.jp', false],
    ['mailto:Soumu%20%3Csoumu@example.lg.jp%3E', false], // a display name hides the address
    ['mailto:soumu', false],
    ['mailto:@example.lg.jp', false],
    ['mailto:a@b@example.lg.jp', false],
  ])('mailto %j → %s', (url, expected) => {
    expect(isAllowedExternalUrl(url, hosts)).toBe(expected);
  });

  it('lets through the mail drafts the report view builds', () => {
    const body = '予定:\n8:30〜10:00 資料作成 & 確認; attach=? #1';
    expect(isAllowedExternalUrl(mailtoUrl('soumu@example.lg.jp', '【始業報告】12/1(火)', body)!, [])).toBe(true);
    expect(isAllowedExternalUrl(mailtoUrl('', '【終業報告】', body)!, [])).toBe(true);
  });

  it('allows no https host when the list is empty (the default)', () => {
    expect(isAllowedExternalUrl('https://intranet.example.lg.jp/', [])).toBe(false);
    expect(isAllowedExternalUrl('mailto:a@example.lg.jp', [])).toBe(true);
  });

  it('ignores empty allowlist entries', () => {
    expect(isAllowedExternalUrl('https://intranet.example.lg.jp/', [''])).toBe(false);
  });
});
