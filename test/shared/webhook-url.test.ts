/**
 * The webhook URL rules (issue #14): https only (http for the one configured intranet host),
 * never this PC, link-local or cloud metadata addresses — in any spelling the URL parser
 * normalises — and never credentials in the URL. Checked after parsing, on the parsed host.
 */
import { describe, expect, it } from 'vitest';
import { isLocalAddress } from '../../shared/security/local-address.js';
import { allowHttpHostProblem, webhookUrlProblem } from '../../shared/settings/webhook-url.js';

describe('webhookUrlProblem', () => {
  it.each([
    // accepted
    ['https://hooks.slack.com/services/T000/B000/XXXX', '', null],
    ['https://example.webhook.office.com/webhookb2/abc', '', null],
    ['https://chat.example.lg.jp:8443/hook?x=1', '', null],
    ['https://10.1.2.3/hook', '', null], // an intranet address is the user's choice
    ['https://[2001:db8::1]/hook', '', null],
    ['http://chat.example.lg.jp/hook', 'chat.example.lg.jp', null], // the one allowed intranet host
    ['http://CHAT.example.lg.jp:8080/hook', 'chat.example.lg.jp', null],
    ['http://10.1.2.3/hook', '10.1.2.3', null],
    // https only
    ['http://hooks.example.com/hook', '', 'https'],
    ['http://hooks.example.com/hook', 'chat.example.lg.jp', 'https'], // another host than the allowed one
    ['http://chat.example.lg.jp.evil.example/hook', 'chat.example.lg.jp', 'https'],
    ['ftp://hooks.example.com/hook', '', 'https'],
    ['file:///etc/passwd', '', 'https'],
    ['javascript:alert(1)', '', 'https'],
    ['ws://hooks.example.com/', '', 'https'],
    // not a URL
    ['hooks.example.com/hook', '', 'url'],
    ['https://', '', 'url'],
    ['https://[::1', '', 'url'],
    ['', '', 'url'],
    // credentials in the URL
    ['https://user:pass@hooks.example.com/hook', '', 'credentials'],
    ['https://user@hooks.example.com/hook', '', 'credentials'],
    ['https://:pass@hooks.example.com/hook', '', 'credentials'],
    ['https://hooks.example.com@evil.example/hook', '', 'credentials'],
    // loopback, in every spelling the parser accepts
    ['https://127.0.0.1/hook', '', 'local'],
    ['https://127.1.2.3:8443/hook', '', 'local'],
    ['https://localhost/hook', '', 'local'],
    ['https://LOCALHOST./hook', '', 'local'],
    ['https://app.localhost/hook', '', 'local'],
    ['https://[::1]/hook', '', 'local'],
    ['https://[0:0:0:0:0:0:0:1]/hook', '', 'local'],
    ['https://0.0.0.0/hook', '', 'local'],
    ['https://0/hook', '', 'local'],
    ['https://[::]/hook', '', 'local'],
    ['https://2130706433/hook', '', 'local'], // decimal 127.0.0.1
    ['https://0x7f000001/hook', '', 'local'], // hex
    ['https://0x7f.0.0.1/hook', '', 'local'],
    ['https://0177.0.0.1/hook', '', 'local'], // octal
    ['https://127.1/hook', '', 'local'], // short form
    ['https://%31%32%37.0.0.1/hook', '', 'local'], // percent-encoded
    ['https://１２７.０.０.１/hook', '', 'local'], // full-width digits (IDNA maps them)
    ['https://[::ffff:127.0.0.1]/hook', '', 'local'], // IPv4-mapped IPv6
    ['https://[::ffff:7f00:1]/hook', '', 'local'],
    ['https://[::127.0.0.1]/hook', '', 'local'], // IPv4-compatible IPv6
    ['https://[64:ff9b::127.0.0.1]/hook', '', 'local'], // NAT64
    ['https://[64:ff9b::100.100.100.200]/hook', '', 'local'], // NAT64 to a cloud metadata address
    // link-local and metadata
    ['https://169.254.1.1/hook', '', 'local'],
    ['https://169.254.169.254/latest/meta-data/', '', 'local'],
    ['https://2852039166/latest/meta-data/', '', 'local'], // decimal 169.254.169.254
    ['https://[::ffff:169.254.169.254]/', '', 'local'],
    ['https://[fe80::1]/hook', '', 'local'],
    ['https://[FEBF::1]/hook', '', 'local'],
    ['https://metadata.google.internal/computeMetadata/v1/', '', 'local'],
    ['https://METADATA.GOOGLE.INTERNAL./computeMetadata/v1/', '', 'local'],
    ['https://[fd00:ec2::254]/latest/meta-data/', '', 'local'],
    ['https://100.100.100.200/latest/meta-data/', '', 'local'],
    // the http allowance never reaches this PC or metadata
    ['http://127.0.0.1/hook', '127.0.0.1', 'local'],
    ['http://localhost/hook', 'localhost', 'local'],
  ])('%j (http allowed for %j) → %s', (url, allowHttpHost, expected) => {
    expect(webhookUrlProblem(url, allowHttpHost)).toBe(expected);
  });
});

describe('allowHttpHostProblem', () => {
  it.each([
    ['', false],
    ['chat.example.lg.jp', false],
    ['CHAT.example.lg.jp', false],
    ['10.1.2.3', false],
    ['[fd12::1]', false],
    ['http://chat.example.lg.jp', true], // a host name, not a URL
    ['chat.example.lg.jp:8080', true],
    ['chat.example.lg.jp/hook', true],
    ['user@chat.example.lg.jp', true],
    ['chat example', true],
    ['localhost', true],
    ['127.0.0.1', true],
    ['2130706433', true],
    ['169.254.169.254', true],
    ['metadata.google.internal', true],
    ['[::1]', true],
  ])('%j → refused: %s', (host, refused) => {
    expect(allowHttpHostProblem(host)).toBe(refused);
  });
});

describe('isLocalAddress (also applied to what DNS answers at send time)', () => {
  it.each([
    ['127.0.0.1', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:169.254.169.254', true],
    ['fe80::1%eth0', true], // with a zone id, as a resolver may answer
    ['0.0.0.0', true],
    ['::', true],
    ['10.0.0.1', false],
    ['192.168.1.10', false],
    ['203.0.113.5', false],
    ['2001:db8::1', false],
    ['fec0::1', false],
    ['hooks.example.com', false],
  ])('%s → %s', (address, local) => {
    expect(isLocalAddress(address)).toBe(local);
  });
});
